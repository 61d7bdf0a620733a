package vn.foreignaffairs.registry.delegation.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.policy.Policies;

class TripDeadlinesTest {

    /** Each key's default, except where an agency has its own value. */
    private static Policies policies(Map<String, Map<PolicyKey, Long>> byAgency) {
        return new Policies() {
            @Override
            public long value(PolicyKey key) {
                return key.defaultValue();
            }

            @Override
            public long value(PolicyKey key, String agencyCode) {
                return byAgency.getOrDefault(agencyCode, Map.of()).getOrDefault(key, key.defaultValue());
            }
        };
    }

    @Test
    void byDefaultTheReportIsDueFifteenDaysAndPassportsFiveWorkingDaysAfterTheReturn() {
        var deadlines = new TripDeadlines(policies(Map.of()), ProvinceWorkingDaysTest.VIETNAM);
        var due = deadlines.afterReturn("SKHDT", LocalDate.of(2025, 3, 14));
        assertThat(due.reportDue()).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(due.passportsDue()).isEqualTo(LocalDate.of(2025, 3, 21));
    }

    @Test
    void anAgencysOwnPolicyValuesApply() {
        var deadlines = new TripDeadlines(policies(Map.of("SDL", Map.of(PolicyKey.POST_TRIP_REPORT_DUE_DAYS, 30L,
                PolicyKey.PASSPORT_RETURN_WORKING_DAYS, 2L))), ProvinceWorkingDaysTest.VIETNAM);
        var due = deadlines.afterReturn("SDL", LocalDate.of(2025, 3, 14));
        assertThat(due.reportDue()).isEqualTo(LocalDate.of(2025, 4, 13));
        assertThat(due.passportsDue()).isEqualTo(LocalDate.of(2025, 3, 18));
    }
}
