package vn.foreignaffairs.registry.api.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which report of which year: {@code 2025-H1} is the 6-month report of 2025, {@code 2025} (also
 * written {@code 2025-Y}) the annual report of 2025. The days each one counts, and its deadline,
 * are the province's configuration (the reporting calendar), not part of the name.
 */
public record ReportPeriod(int year, ReportKind kind) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(-H1|-Y)?");

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
        return Optional.of(new ReportPeriod(year, "-H1".equals(matcher.group(2)) ? ReportKind.HALF_YEAR
                : ReportKind.ANNUAL));
    }

    /** The period's id, as report ids and issued events hold it: {@code 2025-H1} or {@code 2025}. */
    @Override
    public String toString() {
        return kind == ReportKind.HALF_YEAR ? year + "-H1" : String.valueOf(year);
    }
}
