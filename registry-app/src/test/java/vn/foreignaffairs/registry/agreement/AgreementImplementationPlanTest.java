package vn.foreignaffairs.registry.agreement;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanId;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanSubmitted;
import vn.foreignaffairs.registry.api.agreement.PlannedAgreementActivity;
import vn.foreignaffairs.registry.api.agreement.SubmitImplementationPlanCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;

/** The annual implementation plan for agreements, due 15 November of the year before (Law 70/2020 art. 42). */
class AgreementImplementationPlanTest {

    private static final AgencyCode SDL = new AgencyCode("SDL");
    private static final ImplementationPlanId ID = ImplementationPlanId.of("SDL", 2027);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 15);
    private static final List<PlannedAgreementActivity> ACTIVITIES = List.of(
            new PlannedAgreementActivity(new AgreementId("agr-1"), "Đón đoàn thành phố Izumisano sang làm việc",
                    "Quý II/2027", "Phòng Hợp tác quốc tế"));
    private static final Map<String, Object> OFFICER_OF_SDL =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SDL", AuditMetadata.ACTOR, "officer-sdl");
    private static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");

    private AggregateTestFixture<AgreementImplementationPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgreementImplementationPlan.class);
    }

    private static SubmitImplementationPlanCommand submit(Long expectedVersion, List<PlannedAgreementActivity> activities,
                                                          LocalDate submittedOn) {
        return new SubmitImplementationPlanCommand(ID, expectedVersion, SDL, 2027, activities, submittedOn, DUE);
    }

    private static ImplementationPlanSubmitted submitted(int revision, LocalDate submittedOn, boolean late) {
        return new ImplementationPlanSubmitted(ID, SDL, 2027, revision, ACTIVITIES, submittedOn, DUE, late);
    }

    @Test
    void aPlanSubmittedByItsDueDateIsOnTime() {
        fixture.givenNoPriorActivity()
                .when(submit(null, ACTIVITIES, DUE), OFFICER_OF_SDL)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L)
                .expectEvents(submitted(1, DUE, false));
    }

    @Test
    void aPlanSubmittedAfterItsDueDateIsRecordedAndMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(submit(null, ACTIVITIES, DUE.plusDays(1)), OFFICER_OF_SDL)
                .expectEvents(submitted(1, DUE.plusDays(1), true));
    }

    @Test
    void aResubmissionIsTheNextRevision() {
        fixture.given(submitted(1, DUE.minusDays(10), false))
                .when(submit(1L, ACTIVITIES, DUE.minusDays(2)), OFFICER_OF_SDL)
                .expectResultMessagePayload(2L)
                .expectEvents(submitted(2, DUE.minusDays(2), false));
    }

    @Test
    void aRevisionBasedOnAnOlderReadIsRefused() {
        fixture.given(submitted(1, DUE.minusDays(10), false), submitted(2, DUE.minusDays(5), false))
                .when(submit(1L, ACTIVITIES, DUE.minusDays(2)), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    @Test
    void onlyOfficersOfTheSigningBodySubmitIt() {
        fixture.givenNoPriorActivity()
                .when(submit(null, ACTIVITIES, DUE), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aPlanListsAtLeastOneActivity() {
        fixture.givenNoPriorActivity()
                .when(submit(null, List.of(), DUE), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "activities"));
    }

    @Test
    void everyActivityNamesItsAgreementAndWhatIsDone() {
        List<PlannedAgreementActivity> blank = List.of(
                new PlannedAgreementActivity(new AgreementId("agr-1"), "  ", null, null));
        fixture.givenNoPriorActivity()
                .when(submit(null, blank, DUE), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "activities[0].activity"));
    }

    @Test
    void aPlanForAYearThatIsOverIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(null, ACTIVITIES, LocalDate.of(2028, 1, 3)), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "year"));
    }
}
