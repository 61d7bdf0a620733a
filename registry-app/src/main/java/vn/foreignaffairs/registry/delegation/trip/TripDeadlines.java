package vn.foreignaffairs.registry.delegation.trip;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.policy.Policies;

/**
 * The deadlines a delegation's return starts, from the policies in force for its agency: the
 * post-trip report in calendar days, the passports in working days (DOMAIN.md, national rules).
 */
@Component
public class TripDeadlines {

    /** When the post-trip report is due, and when the passports still handed out are due back. */
    public record AfterReturn(LocalDate reportDue, LocalDate passportsDue) {
    }

    private final Policies policies;
    private final WorkingDays workingDays;

    public TripDeadlines(Policies policies, WorkingDays workingDays) {
        this.policies = policies;
        this.workingDays = workingDays;
    }

    public AfterReturn afterReturn(String agency, LocalDate returnedOn) {
        long reportDays = policies.value(PolicyKey.POST_TRIP_REPORT_DUE_DAYS, agency);
        long passportDays = policies.value(PolicyKey.PASSPORT_RETURN_WORKING_DAYS, agency);
        return new AfterReturn(returnedOn.plusDays(reportDays),
                workingDays.addWorkingDays(returnedOn, Math.toIntExact(passportDays)));
    }
}
