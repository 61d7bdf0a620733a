package vn.foreignaffairs.registry.delegation;

import static vn.foreignaffairs.registry.support.DelegationDetailsBuilder.aDelegation;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.delegation.ApprovalResult;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationDraftRevised;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationRejected;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.Funding;
import vn.foreignaffairs.registry.api.delegation.FundingSource;
import vn.foreignaffairs.registry.api.delegation.RejectDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.ReviseDelegationDraftCommand;
import vn.foreignaffairs.registry.api.delegation.SubmitDelegationCommand;

class DelegationTest {

    private static final DelegationId ID = new DelegationId("d-1");
    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final DelegationDetails DETAILS = aDelegation().build();
    private static final Decision DECISION = new Decision("123/QĐ-UBND", LocalDate.of(2027, 2, 20), "Phạm Quốc Dũng");
    private static final Map<String, Object> OFFICER_OF_SKHDT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SKHDT", AuditMetadata.ACTOR, "officer");
    private static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");
    private static final Map<String, Object> LEADER = Map.of(AuditMetadata.ROLE, "LEADERSHIP", AuditMetadata.ACTOR, "leader");

    private AggregateTestFixture<Delegation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Delegation.class);
    }

    private static DelegationDrafted drafted() {
        return new DelegationDrafted(ID, SKHDT, DETAILS);
    }

    @Test
    void anOfficerDraftsADelegationForTheirAgency() {
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, DETAILS), OFFICER_OF_SKHDT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted());
    }

    @Test
    void anOfficerCannotDraftForAnotherAgency() {
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void returnBeforeDepartureIsRefused() {
        var details = aDelegation().travelling(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 10)).build();
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "returnDate"));
    }

    @Test
    void aOneDayTripIsInOrder() {
        var details = aDelegation().travelling(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10)).build();
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationDrafted(ID, SKHDT, details));
    }

    @Test
    void missingDatesAreRefused() {
        var details = aDelegation().travelling(LocalDate.of(2027, 3, 10), null).build();
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "returnDate"));
    }

    @Test
    void aDelegationNeedsADestination() {
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, aDelegation().withoutDestinations().build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DESTINATION_REQUIRED, "destinations"));
    }

    @Test
    void aDelegationNeedsAMember() {
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, aDelegation().withoutMembers().build()), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.MEMBER_REQUIRED, "members"));
    }

    @Test
    void fundingSourcesMustAddUpToTheEstimate() {
        var details = aDelegation().costing(300_000_000L,
                new Funding(FundingSource.AGENCY_BUDGET, 100_000_000L),
                new Funding(FundingSource.PROVINCIAL_BUDGET, 100_000_000L)).build();
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.FUNDING_DOES_NOT_MATCH_TOTAL, "costEstimate.funding"));
    }

    @Test
    void aDraftCanBeRevisedAndReturnsTheNewVersion() {
        var revised = aDelegation().titled("Làm việc với KOTRA").build();
        fixture.given(drafted())
                .when(new ReviseDelegationDraftCommand(ID, 1L, revised), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationDraftRevised(ID, revised))
                .expectResultMessagePayload(2L);
    }

    @Test
    void revisionsKeepTheRulesOfCreation() {
        fixture.given(drafted())
                .when(new ReviseDelegationDraftCommand(ID, null, aDelegation().withoutMembers().build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.MEMBER_REQUIRED));
    }

    @Test
    void anotherAgencysOfficerCannotReviseTheDraft() {
        fixture.given(drafted())
                .when(new ReviseDelegationDraftCommand(ID, null, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aSubmittedDelegationIsNoLongerADraft() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new ReviseDelegationDraftCommand(ID, null, DETAILS), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anOfficerSubmitsTheDraft() {
        fixture.given(drafted())
                .when(new SubmitDelegationCommand(ID, 1L), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationSubmitted(ID))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aStaleVersionIsRefusedBeforeAnyRule() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new SubmitDelegationCommand(ID, 1L), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    @Test
    void aVersionFromTheFutureIsAlsoStale() {
        fixture.given(drafted())
                .when(new SubmitDelegationCommand(ID, 7L), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    @Test
    void anotherAgencysOfficerCannotSubmit() {
        fixture.given(drafted())
                .when(new SubmitDelegationCommand(ID, null), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void submittingTwiceIsAnIllegalTransition() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new SubmitDelegationCommand(ID, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void leadershipApprovesASubmittedDelegationWithItsDecision() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new ApproveDelegationCommand(ID, 2L, DECISION), LEADER)
                .expectEvents(new DelegationApproved(ID, DECISION))
                .expectResultMessagePayload(new ApprovalResult(3L, null));
    }

    @Test
    void aDraftCannotBeApproved() {
        fixture.given(drafted())
                .when(new ApproveDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anApprovalNeedsTheDecisionNumber() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new ApproveDelegationCommand(ID, null, new Decision(" ", LocalDate.of(2027, 2, 20), "x")), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void anApprovalNeedsTheDecisionDate() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new ApproveDelegationCommand(ID, null, new Decision("123/QĐ-UBND", null, "x")), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void approvingTwiceIsAnIllegalTransition() {
        fixture.given(drafted(), new DelegationSubmitted(ID), new DelegationApproved(ID, DECISION))
                .when(new ApproveDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aSubmittedDelegationIsRejectedWithAReason() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new RejectDelegationCommand(ID, 2L, "  Trùng lịch với đoàn khác  "), LEADER)
                .expectEvents(new DelegationRejected(ID, "Trùng lịch với đoàn khác"));
    }

    @Test
    void aRejectionWithoutReasonIsRefused() {
        fixture.given(drafted(), new DelegationSubmitted(ID))
                .when(new RejectDelegationCommand(ID, null, " "), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aDraftCannotBeRejected() {
        fixture.given(drafted())
                .when(new RejectDelegationCommand(ID, null, "no"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aRejectedDelegationCannotBeApproved() {
        fixture.given(drafted(), new DelegationSubmitted(ID), new DelegationRejected(ID, "no"))
                .when(new ApproveDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anOfficerCancelsTheirDraftWithAReason() {
        fixture.given(drafted())
                .when(new CancelDelegationCommand(ID, 1L, "Đối tác hoãn chương trình"), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationCancelled(ID, "Đối tác hoãn chương trình"));
    }

    @Test
    void anApprovedDelegationCanStillBeCancelledBeforeDeparture() {
        fixture.given(drafted(), new DelegationSubmitted(ID), new DelegationApproved(ID, DECISION))
                .when(new CancelDelegationCommand(ID, 3L, "Đối tác hoãn"), LEADER)
                .expectEvents(new DelegationCancelled(ID, "Đối tác hoãn"));
    }

    @Test
    void aCancellationWithoutReasonIsRefused() {
        fixture.given(drafted())
                .when(new CancelDelegationCommand(ID, null, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void anotherAgencysOfficerCannotCancel() {
        fixture.given(drafted())
                .when(new CancelDelegationCommand(ID, null, "x"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aCancelledDelegationStaysCancelled() {
        fixture.given(drafted(), new DelegationCancelled(ID, "x"))
                .when(new CancelDelegationCommand(ID, null, "again"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aCancelledDelegationCannotBeSubmitted() {
        fixture.given(drafted(), new DelegationCancelled(ID, "x"))
                .when(new SubmitDelegationCommand(ID, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }
}
