package vn.foreignaffairs.registry.agreement;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;
import vn.foreignaffairs.registry.policy.Policies;

/**
 * The deadlines of an agreement, from the policies in force for its signing body (DOMAIN.md,
 * national rules): consulted bodies answer in working days of Viet Nam's calendar, the report to
 * the Prime Minister is due in calendar days after signing.
 */
@Component
public class AgreementDeadlines {

    private final Policies policies;
    private final HolidayCalendar calendar;

    public AgreementDeadlines(Policies policies, HolidayCalendar calendar) {
        this.policies = policies;
        this.calendar = calendar;
    }

    /** By when a body asked on {@code requestedOn} must answer (Law 70/2020 art. 19). */
    public LocalDate consultationAnswerDue(String signingBody, LocalDate requestedOn) {
        long days = policies.value(PolicyKey.AGREEMENT_CONSULTATION_WORKING_DAYS, signingBody);
        return calendar.addWorkingDays(HolidayCalendar.REGISTRY_COUNTRY, requestedOn, Math.toIntExact(days));
    }

    /** By when an agreement signed on {@code signedOn} must be reported to the Prime Minister (Law 70/2020 art. 19). */
    public LocalDate signingReportDue(String signingBody, LocalDate signedOn) {
        return signedOn.plusDays(policies.value(PolicyKey.AGREEMENT_SIGNING_REPORT_DAYS, signingBody));
    }

    /**
     * By when a signing body submits its annual implementation plan for {@code year}: by default
     * 15 November of the year before (Law 70/2020 art. 42).
     */
    public LocalDate implementationPlanDue(String signingBody, int year) {
        long daysBefore = policies.value(PolicyKey.AGREEMENT_IMPLEMENTATION_PLAN_DAYS_BEFORE_YEAR, signingBody);
        return LocalDate.of(year, 1, 1).minusDays(daysBefore);
    }
}
