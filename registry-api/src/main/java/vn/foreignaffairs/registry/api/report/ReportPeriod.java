package vn.foreignaffairs.registry.api.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: {@code 2025-H1} is the 6-month report on January to June 2025, {@code 2025}
 * the annual report on the whole of 2025. The figures count what happened from {@link #from()}
 * to {@link #to()}.
 */
public record ReportPeriod(int year, ReportKind kind) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(-H1)?");

    /** The period a text names, or empty when it names none (years 2000 to 2100). */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new ReportPeriod(year, matcher.group(2) == null ? ReportKind.ANNUAL : ReportKind.HALF_YEAR));
    }

    public LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return kind == ReportKind.HALF_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from()) && !day.isAfter(to());
    }

    /** The months the period covers: 1 to 6 or 1 to 12. */
    public int lastMonth() {
        return to().getMonthValue();
    }

    @Override
    public String toString() {
        return kind == ReportKind.HALF_YEAR ? year + "-H1" : String.valueOf(year);
    }
}
