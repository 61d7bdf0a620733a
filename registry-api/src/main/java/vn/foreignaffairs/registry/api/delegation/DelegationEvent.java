package vn.foreignaffairs.registry.api.delegation;

/** The facts of an outbound delegation's life, closed so a switch over them is checked. */
public sealed interface DelegationEvent
        permits DelegationDrafted, DelegationDraftRevised, DelegationSubmitted, DelegationApproved,
        DelegationRejected, DelegationCancelled, DelegationSentForConsultation, ConsultationOpinionRecorded,
        ConsultationDisagreementOverridden, DelegationApprovalRequested, DelegationApprovalRefused,
        OffPlanSlotReturned,
        // after approval
        DelegationAmended, DelegationPostponed, DelegationDeparted, DelegationReturned, PostTripReportFiled,
        PassportHandedOut, PassportHandedBack, DelegationClosed {

    DelegationId id();
}
