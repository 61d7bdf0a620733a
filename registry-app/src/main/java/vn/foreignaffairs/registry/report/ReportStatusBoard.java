package vn.foreignaffairs.registry.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported for a period: every active agency, whether its report was issued, and the
 * days left until the deadline ({@code daysRemaining}, negative once it has passed).
 * {@code notReported} lists the codes still missing.
 */
public record ReportStatusBoard(String period, LocalDate deadline, LocalDate today, long daysRemaining,
                                boolean provinceIssued, int agencyCount, List<String> notReported,
                                List<AgencyReportStatus> agencies) {

    public record AgencyReportStatus(String agency, String name, boolean reported, Instant issuedAt,
                                     boolean late, Long daysRemaining) {
    }
}
