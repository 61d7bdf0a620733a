package vn.foreignaffairs.registry.api.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An international agreement as the read model holds it. {@code version} counts the events
 * recorded for it. {@code status} is the status on the day the query was asked for (EXPIRED once
 * the last day of its term has passed). {@code signingBody} is the body the agreement belongs to
 * now; {@code formerSigningBodies} those it was transferred from, oldest first. {@code lastDay}
 * is the last day of its term as extended, or null without a fixed term. {@code decisions}
 * holds every decision after the approval, in order.
 */
public record AgreementView(
        String id,
        String signingBody,
        List<String> formerSigningBodies,
        AgreementStatus status,
        long version,
        AgreementDetails details,
        List<AgreementConsultation> consultations,
        AgreementDecision approval,
        List<String> overriddenAgencies,
        String overrideReason,
        String refusalReason,
        AgreementSigning signing,
        LocalDate signingReportDue,
        SigningReport signingReport,
        LocalDate inForceFrom,
        LocalDate lastDay,
        List<ImplementationReport> implementationReports,
        LocalDate lastImplementationReportOn,
        List<RecordedAgreementDecision> decisions,
        String endReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public AgreementView {
        formerSigningBodies = formerSigningBodies == null ? List.of() : List.copyOf(formerSigningBodies);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        overriddenAgencies = overriddenAgencies == null ? List.of() : List.copyOf(overriddenAgencies);
        implementationReports = implementationReports == null ? List.of() : List.copyOf(implementationReports);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The same agreement showing {@code shown} as its status. */
    public AgreementView withStatus(AgreementStatus shown) {
        return new AgreementView(id, signingBody, formerSigningBodies, shown, version, details, consultations,
                approval, overriddenAgencies, overrideReason, refusalReason, signing, signingReportDue, signingReport,
                inForceFrom, lastDay, implementationReports, lastImplementationReportOn, decisions, endReason,
                createdBy, createdAt, updatedAt);
    }
}
