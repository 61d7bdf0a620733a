package vn.foreignaffairs.registry.api.agreement;

/** The facts of an international agreement's life, closed so a switch over them is checked. */
public sealed interface AgreementEvent
        permits AgreementProposed, AgreementSentForConsultation, AgreementOpinionRecorded, AgreementApproved,
        AgreementRefused, AgreementSigned, AgreementSigningReported, AgreementEnteredIntoForce,
        ImplementationReportFiled, AgreementAmended, AgreementExtended, AgreementSuspended, AgreementResumed,
        AgreementWithdrawn, AgreementTerminated, AgreementTransferred {

    AgreementId id();
}
