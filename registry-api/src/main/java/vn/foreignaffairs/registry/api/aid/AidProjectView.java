package vn.foreignaffairs.registry.api.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Aid as the read model holds it. {@code details} are as last adjusted; {@code year} is the year
 * of the approval decision, or of the complete file before a decision. {@code appraisedLate} says
 * whether the appraisal came after {@code appraisalDueDate}. {@code received} and
 * {@code disbursed} sum the transactions per currency; the {@code …Vnd} totals add up the dong
 * amount of each at its recorded rate. {@code version} counts the aid's events.
 */
public record AidProjectView(
        String id,
        String receivingAgency,
        AidStatus status,
        long version,
        int year,
        AidDetails details,
        BigDecimal committedVnd,
        LocalDate fileCompletedOn,
        LocalDate appraisalDueDate,
        List<AidOpinion> opinions,
        Appraisal appraisal,
        Boolean appraisedLate,
        AidDecision decision,
        String overrideReason,
        LocalDate startDeadline,
        String refusalReason,
        LocalDate startedOn,
        List<AidTransactionView> transactions,
        List<CurrencyAmount> received,
        BigDecimal receivedVnd,
        List<CurrencyAmount> disbursed,
        BigDecimal disbursedVnd,
        List<MonitoringVisit> monitoringVisits,
        List<AidAdjustmentView> adjustments,
        CompletionReport completion,
        AidRevocation revocation,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
