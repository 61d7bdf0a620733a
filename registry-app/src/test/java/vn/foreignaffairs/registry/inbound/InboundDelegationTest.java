package vn.foreignaffairs.registry.inbound;

import static vn.foreignaffairs.registry.support.InboundDelegationDetailsBuilder.anInboundDelegation;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.inbound.ApprovalDecision;
import vn.foreignaffairs.registry.api.inbound.ApproveInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.CancelInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.CreateInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.FileInboundVisitReportCommand;
import vn.foreignaffairs.registry.api.inbound.ForeignParty;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationApproved;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationCancelled;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDetails;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDraftRevised;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDrafted;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationId;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationRejected;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationSubmitted;
import vn.foreignaffairs.registry.api.inbound.InboundPurpose;
import vn.foreignaffairs.registry.api.inbound.InboundVisitHeld;
import vn.foreignaffairs.registry.api.inbound.InboundVisitReportFiled;
import vn.foreignaffairs.registry.api.inbound.ProgrammeDay;
import vn.foreignaffairs.registry.api.inbound.RecordInboundVisitHeldCommand;
import vn.foreignaffairs.registry.api.inbound.RejectInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.ReviseInboundDelegationDraftCommand;
import vn.foreignaffairs.registry.api.inbound.SubmitInboundDelegationCommand;

class InboundDelegationTest {

    private static final InboundDelegationId ID = new InboundDelegationId("in-1");
    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final InboundDelegationDetails DETAILS = anInboundDelegation().build();
    private static final LocalDate ARRIVAL = DETAILS.arrivalDate();
    private static final ApprovalDecision DECISION =
            new ApprovalDecision("456/QĐ-UBND", LocalDate.of(2027, 3, 20), "Phạm Quốc Dũng");
    private static final Map<String, Object> OFFICER_OF_SKHDT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SKHDT", AuditMetadata.ACTOR, "officer");
    private static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");
    private static final Map<String, Object> REVIEWER =
            Map.of(AuditMetadata.ROLE, "REVIEWER", AuditMetadata.AGENCY, "SNGV", AuditMetadata.ACTOR, "reviewer");
    private static final Map<String, Object> LEADER = Map.of(AuditMetadata.ROLE, "LEADERSHIP", AuditMetadata.ACTOR, "leader");

    private AggregateTestFixture<InboundDelegation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InboundDelegation.class);
    }

    private static InboundDelegationDrafted drafted() {
        return new InboundDelegationDrafted(ID, SKHDT, DETAILS);
    }

    private static InboundDelegationSubmitted submitted() {
        return new InboundDelegationSubmitted(ID);
    }

    private static InboundDelegationApproved approved() {
        return new InboundDelegationApproved(ID, DECISION);
    }

    private static InboundVisitHeld held() {
        return new InboundVisitHeld(ID, ARRIVAL, LocalDate.of(2027, 4, 13));
    }

    private static ApprovalDecision decisionDated(LocalDate date) {
        return new ApprovalDecision("456/QĐ-UBND", date, "Phạm Quốc Dũng");
    }

    // Drafting: who comes, why and when

    @Test
    void anOfficerDraftsAnInboundDelegationTheirAgencyHosts() {
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, DETAILS), OFFICER_OF_SKHDT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted());
    }

    @Test
    void anOfficerCannotDraftForAnotherHostAgency() {
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void departureBeforeArrivalIsRefused() {
        var details = anInboundDelegation().visiting(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 10))
                .withProgramme().build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "departureDate"));
    }

    @Test
    void aOneDayVisitIsInOrder() {
        var details = anInboundDelegation().visiting(ARRIVAL, ARRIVAL)
                .withProgramme(new ProgrammeDay(ARRIVAL, "Chào xã giao", "UBND tỉnh")).build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new InboundDelegationDrafted(ID, SKHDT, details));
    }

    @Test
    void missingDatesAreRefused() {
        var details = anInboundDelegation().visiting(null, LocalDate.of(2027, 4, 12)).withProgramme().build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "arrivalDate"));
    }

    @Test
    void aProgrammeDayOutsideTheVisitIsRefused() {
        var details = anInboundDelegation().withProgramme(
                new ProgrammeDay(ARRIVAL, "Làm việc với UBND tỉnh", null),
                new ProgrammeDay(LocalDate.of(2027, 4, 20), "Tham quan Hội An", "Hội An")).build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "programme[1].date"));
    }

    @Test
    void aForeignPartyNeedsItsCountry() {
        var details = anInboundDelegation().from(new ForeignParty(" ", "KOTRA", null)).build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParty.countryCode"));
    }

    @Test
    void aForeignPartyNeedsAnOrganisationOrALocality() {
        var details = anInboundDelegation().from(new ForeignParty("KR", null, " ")).build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParty.organisation"));
    }

    @Test
    void aLocalityAloneNamesTheForeignParty() {
        var details = anInboundDelegation().from(new ForeignParty("JP", null, "Izumisano"))
                .forPurpose(InboundPurpose.FRIENDSHIP_AND_COOPERATION).build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new InboundDelegationDrafted(ID, SKHDT, details));
    }

    @Test
    void aPurposeIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, anInboundDelegation().forPurpose(null).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "purpose"));
    }

    @Test
    void aDelegationHasAtLeastOneGuest() {
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, anInboundDelegation().withGuests(0).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "size"));
    }

    @Test
    void aDraftMayStillLackItsProgrammeAndReceptionPlan() {
        var details = anInboundDelegation().withProgramme().withReceptionPlan(null).build();
        fixture.givenNoPriorActivity()
                .when(new CreateInboundDelegationCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new InboundDelegationDrafted(ID, SKHDT, details));
    }

    // Revising the draft

    @Test
    void aDraftCanBeRevisedAndReturnsTheNewVersion() {
        var revised = anInboundDelegation().titled("Đoàn KOTRA Busan").build();
        fixture.given(drafted())
                .when(new ReviseInboundDelegationDraftCommand(ID, 1L, revised), OFFICER_OF_SKHDT)
                .expectEvents(new InboundDelegationDraftRevised(ID, revised))
                .expectResultMessagePayload(2L);
    }

    @Test
    void revisionsKeepTheRulesOfCreation() {
        fixture.given(drafted())
                .when(new ReviseInboundDelegationDraftCommand(ID, null, anInboundDelegation().withGuests(0).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "size"));
    }

    @Test
    void anotherAgencysOfficerCannotReviseTheDraft() {
        fixture.given(drafted())
                .when(new ReviseInboundDelegationDraftCommand(ID, null, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aSubmittedDelegationIsNoLongerADraft() {
        fixture.given(drafted(), submitted())
                .when(new ReviseInboundDelegationDraftCommand(ID, null, DETAILS), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Submitting: the visit's own plan goes to the competent authority

    @Test
    void anOfficerSubmitsTheDraft() {
        fixture.given(drafted())
                .when(new SubmitInboundDelegationCommand(ID, 1L), OFFICER_OF_SKHDT)
                .expectEvents(submitted())
                .expectResultMessagePayload(2L);
    }

    @Test
    void aVisitWithoutProgrammeCannotBeSubmitted() {
        fixture.given(new InboundDelegationDrafted(ID, SKHDT, anInboundDelegation().withProgramme().build()))
                .when(new SubmitInboundDelegationCommand(ID, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PROGRAMME_REQUIRED, "programme"));
    }

    @Test
    void aVisitWithoutReceptionPlanCannotBeSubmitted() {
        fixture.given(new InboundDelegationDrafted(ID, SKHDT, anInboundDelegation().withReceptionPlan(" ").build()))
                .when(new SubmitInboundDelegationCommand(ID, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.RECEPTION_PLAN_REQUIRED, "receptionPlan"));
    }

    @Test
    void aRevisionThatCompletesThePlanAllowsSubmission() {
        var incomplete = anInboundDelegation().withReceptionPlan(null).build();
        fixture.given(new InboundDelegationDrafted(ID, SKHDT, incomplete),
                        new InboundDelegationDraftRevised(ID, DETAILS))
                .when(new SubmitInboundDelegationCommand(ID, 2L), OFFICER_OF_SKHDT)
                .expectEvents(submitted());
    }

    @Test
    void aStaleVersionIsRefusedBeforeAnyRule() {
        fixture.given(drafted(), submitted())
                .when(new SubmitInboundDelegationCommand(ID, 1L), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    @Test
    void anotherAgencysOfficerCannotSubmit() {
        fixture.given(drafted())
                .when(new SubmitInboundDelegationCommand(ID, null), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void submittingTwiceIsAnIllegalTransition() {
        fixture.given(drafted(), submitted())
                .when(new SubmitInboundDelegationCommand(ID, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Approval before the visit

    @Test
    void leadershipApprovesASubmittedVisitBeforeItHappens() {
        fixture.given(drafted(), submitted())
                .when(new ApproveInboundDelegationCommand(ID, 2L, DECISION), LEADER)
                .expectEvents(approved())
                .expectResultMessagePayload(3L);
    }

    @Test
    void theReviewerMayApproveToo() {
        fixture.given(drafted(), submitted())
                .when(new ApproveInboundDelegationCommand(ID, null, DECISION), REVIEWER)
                .expectEvents(approved());
    }

    @Test
    void anApprovalOnTheDayOfArrivalIsStillInTime() {
        fixture.given(drafted(), submitted())
                .when(new ApproveInboundDelegationCommand(ID, null, decisionDated(ARRIVAL)), LEADER)
                .expectEvents(new InboundDelegationApproved(ID, decisionDated(ARRIVAL)));
    }

    @Test
    void anApprovalDatedAfterTheArrivalIsRefused() {
        fixture.given(drafted(), submitted())
                .when(new ApproveInboundDelegationCommand(ID, null, decisionDated(ARRIVAL.plusDays(1))), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.APPROVAL_AFTER_VISIT_START, "decisionDate"));
    }

    @Test
    void theArrivalThatCountsIsTheLatestRevision() {
        var earlier = anInboundDelegation().visiting(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16))
                .withProgramme(new ProgrammeDay(LocalDate.of(2027, 3, 15), "Làm việc", null)).build();
        fixture.given(drafted(), new InboundDelegationDraftRevised(ID, earlier), submitted())
                .when(new ApproveInboundDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.APPROVAL_AFTER_VISIT_START));
    }

    @Test
    void aDraftCannotBeApproved() {
        fixture.given(drafted())
                .when(new ApproveInboundDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anApprovalNeedsTheDecisionNumber() {
        fixture.given(drafted(), submitted())
                .when(new ApproveInboundDelegationCommand(ID, null,
                        new ApprovalDecision(" ", LocalDate.of(2027, 3, 20), "x")), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void anApprovalNeedsTheDecisionDate() {
        fixture.given(drafted(), submitted())
                .when(new ApproveInboundDelegationCommand(ID, null, decisionDated(null)), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void approvingTwiceIsAnIllegalTransition() {
        fixture.given(drafted(), submitted(), approved())
                .when(new ApproveInboundDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Rejection

    @Test
    void aSubmittedVisitIsRejectedWithAReason() {
        fixture.given(drafted(), submitted())
                .when(new RejectInboundDelegationCommand(ID, 2L, "  Chưa rõ tư cách pháp nhân của đối tác  "), LEADER)
                .expectEvents(new InboundDelegationRejected(ID, "Chưa rõ tư cách pháp nhân của đối tác"));
    }

    @Test
    void aRejectionWithoutReasonIsRefused() {
        fixture.given(drafted(), submitted())
                .when(new RejectInboundDelegationCommand(ID, null, " "), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aDraftCannotBeRejected() {
        fixture.given(drafted())
                .when(new RejectInboundDelegationCommand(ID, null, "no"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aRejectedVisitCannotBeApproved() {
        fixture.given(drafted(), submitted(), new InboundDelegationRejected(ID, "no"))
                .when(new ApproveInboundDelegationCommand(ID, null, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Cancellation, before the visit is held

    @Test
    void anOfficerCancelsTheirDraftWithAReason() {
        fixture.given(drafted())
                .when(new CancelInboundDelegationCommand(ID, 1L, "Đối tác hoãn chuyến thăm"), OFFICER_OF_SKHDT)
                .expectEvents(new InboundDelegationCancelled(ID, "Đối tác hoãn chuyến thăm"));
    }

    @Test
    void anApprovedVisitCanStillBeCancelled() {
        fixture.given(drafted(), submitted(), approved())
                .when(new CancelInboundDelegationCommand(ID, 3L, "Đối tác hoãn"), LEADER)
                .expectEvents(new InboundDelegationCancelled(ID, "Đối tác hoãn"));
    }

    @Test
    void aCancellationWithoutReasonIsRefused() {
        fixture.given(drafted())
                .when(new CancelInboundDelegationCommand(ID, null, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void anotherAgencysOfficerCannotCancel() {
        fixture.given(drafted())
                .when(new CancelInboundDelegationCommand(ID, null, "x"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aVisitAlreadyHeldCannotBeCancelled() {
        fixture.given(drafted(), submitted(), approved(), held())
                .when(new CancelInboundDelegationCommand(ID, null, "x"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aCancelledVisitStaysCancelled() {
        fixture.given(drafted(), new InboundDelegationCancelled(ID, "x"))
                .when(new SubmitInboundDelegationCommand(ID, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // The visit takes place

    @Test
    void theHostRecordsThatTheApprovedVisitWasHeld() {
        fixture.given(drafted(), submitted(), approved())
                .when(new RecordInboundVisitHeldCommand(ID, 3L, ARRIVAL, LocalDate.of(2027, 4, 13)), OFFICER_OF_SKHDT)
                .expectEvents(held())
                .expectResultMessagePayload(4L);
    }

    @Test
    void aVisitCannotBeRecordedAsHeldBeforeItIsApproved() {
        fixture.given(drafted(), submitted())
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, ARRIVAL), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aRejectedVisitCannotBeRecordedAsHeld() {
        fixture.given(drafted(), submitted(), new InboundDelegationRejected(ID, "no"))
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, ARRIVAL), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aCancelledVisitCannotBeRecordedAsHeld() {
        fixture.given(drafted(), submitted(), approved(), new InboundDelegationCancelled(ID, "x"))
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, ARRIVAL), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aVisitIsRecordedAsHeldOnce() {
        fixture.given(drafted(), submitted(), approved(), held())
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, ARRIVAL), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void theDatesOfTheVisitHeldMustBeInOrder() {
        fixture.given(drafted(), submitted(), approved())
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, ARRIVAL.minusDays(1)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "departureDate"));
    }

    @Test
    void theDatesOfTheVisitHeldAreRequired() {
        fixture.given(drafted(), submitted(), approved())
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "departureDate"));
    }

    @Test
    void anotherAgencysOfficerCannotRecordTheVisit() {
        fixture.given(drafted(), submitted(), approved())
                .when(new RecordInboundVisitHeldCommand(ID, null, ARRIVAL, ARRIVAL), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    // The report after the visit

    @Test
    void theHostFilesTheReportAfterTheVisit() {
        fixture.given(drafted(), submitted(), approved(), held())
                .when(new FileInboundVisitReportCommand(ID, 4L, " Ký biên bản ghi nhớ về đầu tư. "), OFFICER_OF_SKHDT)
                .expectEvents(new InboundVisitReportFiled(ID, "Ký biên bản ghi nhớ về đầu tư."))
                .expectResultMessagePayload(5L);
    }

    @Test
    void aReportBeforeTheVisitIsHeldIsRefused() {
        fixture.given(drafted(), submitted(), approved())
                .when(new FileInboundVisitReportCommand(ID, null, "Kết quả"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aReportNeedsItsResults() {
        fixture.given(drafted(), submitted(), approved(), held())
                .when(new FileInboundVisitReportCommand(ID, null, " "), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "results"));
    }

    @Test
    void anotherAgencysOfficerCannotFileTheReport() {
        fixture.given(drafted(), submitted(), approved(), held())
                .when(new FileInboundVisitReportCommand(ID, null, "Kết quả"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aReportIsFiledOnce() {
        fixture.given(drafted(), submitted(), approved(), held(), new InboundVisitReportFiled(ID, "Kết quả"))
                .when(new FileInboundVisitReportCommand(ID, null, "Kết quả bổ sung"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }
}
