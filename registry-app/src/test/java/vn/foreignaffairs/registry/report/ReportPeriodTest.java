package vn.foreignaffairs.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportPeriod;

class ReportPeriodTest {

    @Test
    void aPeriodIsTheSixMonthOrTheAnnualReportOfAYear() {
        ReportPeriod half = ReportPeriod.parse("2025-h1").orElseThrow();
        assertThat(half.kind()).isEqualTo(ReportKind.HALF_YEAR);
        assertThat(half.year()).isEqualTo(2025);
        assertThat(half).hasToString("2025-H1");
        ReportPeriod year = ReportPeriod.parse(" 2025 ").orElseThrow();
        assertThat(year.kind()).isEqualTo(ReportKind.ANNUAL);
        assertThat(year).hasToString("2025");
    }

    @Test
    void theAnnualReportMayBeWrittenWithY() {
        ReportPeriod year = ReportPeriod.parse("2027-y").orElseThrow();
        assertThat(year).isEqualTo(new ReportPeriod(2027, ReportKind.ANNUAL));
        assertThat(year).as("the id issued reports keep").hasToString("2027");
    }

    @Test
    void otherTextsNameNoPeriod() {
        for (String text : new String[] {"2025-H2", "2025-Q1", "H1", "1999", "2101", "", "2025-H1x", "2025-YY",
                "2025-"}) {
            assertThat(ReportPeriod.parse(text)).as(text).isEmpty();
        }
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }
}
