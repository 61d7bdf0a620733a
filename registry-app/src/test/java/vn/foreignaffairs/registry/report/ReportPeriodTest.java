package vn.foreignaffairs.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportPeriod;

class ReportPeriodTest {

    @Test
    void aHalfYearIsJanuaryToJuneAndAYearIsTheWholeYear() {
        ReportPeriod half = ReportPeriod.parse("2025-h1").orElseThrow();
        assertThat(half.kind()).isEqualTo(ReportKind.HALF_YEAR);
        assertThat(half.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(half.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(half).hasToString("2025-H1");
        ReportPeriod year = ReportPeriod.parse(" 2025 ").orElseThrow();
        assertThat(year.kind()).isEqualTo(ReportKind.ANNUAL);
        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(half.contains(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void otherTextsNameNoPeriod() {
        for (String text : new String[] {"2025-H2", "2025-Q1", "H1", "1999", "2101", "", "2025-H1x"}) {
            assertThat(ReportPeriod.parse(text)).as(text).isEmpty();
        }
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }

    @Test
    void deadlinesAreTheProvincesConfiguredDays() {
        ReportSettings binhDinh = new ReportSettings("06-04", "11-29", 60);
        assertThat(binhDinh.deadline(ReportPeriod.parse("2024-H1").orElseThrow())).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(binhDinh.deadline(ReportPeriod.parse("2024").orElseThrow())).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThatThrownBy(() -> new ReportSettings("15/5", "10-14", 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportSettings("05-14", "10-14", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
