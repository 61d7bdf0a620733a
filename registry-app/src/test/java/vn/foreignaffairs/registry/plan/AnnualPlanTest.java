package vn.foreignaffairs.registry.plan;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanApproved;
import vn.foreignaffairs.registry.api.plan.AnnualPlanDrafted;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanReturned;
import vn.foreignaffairs.registry.api.plan.AnnualPlanSubmitted;
import vn.foreignaffairs.registry.api.plan.ApproveAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.ApprovePlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.DraftAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotRefused;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotReleased;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotTaken;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentApproved;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentProposed;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentRejected;
import vn.foreignaffairs.registry.api.plan.PlanDecision;
import vn.foreignaffairs.registry.api.plan.PlannedItem;
import vn.foreignaffairs.registry.api.plan.ProposePlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.RejectPlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.ReleaseOffPlanSlotCommand;
import vn.foreignaffairs.registry.api.plan.ReturnAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.SlotDecision;
import vn.foreignaffairs.registry.api.plan.SubmitAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.TakeOffPlanSlotCommand;

class AnnualPlanTest {

    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final AnnualPlanId PLAN = AnnualPlanId.of(SKHDT, 2027);
    private static final PlannedItem JAPAN = new PlannedItem("R-JP", Direction.OUTBOUND, "JP", null,
            "Xúc tiến đầu tư", 1, null, 5, 300_000_000L);
    private static final PlannedItem LAOS = new PlannedItem("V-LA", Direction.INBOUND, "LA", "Tỉnh Sekong",
            "Hữu nghị", null, 5, 8, 80_000_000L);
    private static final PlanDecision DECISION = new PlanDecision("3105/QĐ-UBND", LocalDate.of(2026, 12, 20), "Chủ tịch");
    private static final Map<String, Object> OFFICER = Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SKHDT");
    private static final Map<String, Object> OTHER_OFFICER = Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT");
    private static final DelegationId D1 = new DelegationId("d1");
    private static final DelegationId D2 = new DelegationId("d2");
    private static final DelegationId D3 = new DelegationId("d3");

    private AggregateTestFixture<AnnualPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualPlan.class);
    }

    private static Object[] approvedPlan() {
        return new Object[] {new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN)), new AnnualPlanSubmitted(PLAN),
                new AnnualPlanApproved(PLAN, DECISION)};
    }

    private static TakeOffPlanSlotCommand take(DelegationId delegation, String attempt) {
        return new TakeOffPlanSlotCommand(PLAN, SKHDT, 2027, delegation, attempt, 2);
    }

    private static OffPlanSlotTaken taken(DelegationId delegation, String attempt, int usedAfter) {
        return new OffPlanSlotTaken(PLAN, SKHDT, 2027, delegation, attempt, 2, usedAfter);
    }

    @Test
    void anOfficerDraftsTheAgencysPlan() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, null, SKHDT, 2027, List.of(JAPAN, LAOS)), OFFICER)
                .expectEvents(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN, LAOS)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anotherAgencysOfficerCannotDraftIt() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, null, SKHDT, 2027, List.of(JAPAN)), OTHER_OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void itemsNeedTheirOwnIds() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, null, SKHDT, 2027, List.of(JAPAN, JAPAN)), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DUPLICATE_ITEM, "items[1].itemId"));
    }

    @Test
    void anItemSaysWhen() {
        var undated = new PlannedItem("R-X", Direction.OUTBOUND, "KR", null, "x", null, null, 2, 0);
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, null, SKHDT, 2027, List.of(undated)), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "items[0].plannedQuarter"));
    }

    @Test
    void aPlanCanBeDraftedWhereOnlyTheQuotaWasUsedBefore() {
        fixture.given(taken(D1, "a1", 1))
                .when(new DraftAnnualPlanCommand(PLAN, null, SKHDT, 2027, List.of(JAPAN)), OFFICER)
                .expectEvents(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN)));
    }

    @Test
    void aSubmittedPlanIsApprovedWithItsDecision() {
        fixture.given(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN)), new AnnualPlanSubmitted(PLAN))
                .when(new ApproveAnnualPlanCommand(PLAN, 2L, DECISION))
                .expectEvents(new AnnualPlanApproved(PLAN, DECISION));
    }

    @Test
    void aDraftCannotBeApproved() {
        fixture.given(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN)))
                .when(new ApproveAnnualPlanCommand(PLAN, null, DECISION))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aReturnedPlanCanBeRedrafted() {
        fixture.given(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN)), new AnnualPlanSubmitted(PLAN),
                        new AnnualPlanReturned(PLAN, "Thiếu dự toán"))
                .when(new DraftAnnualPlanCommand(PLAN, 3L, SKHDT, 2027, List.of(JAPAN, LAOS)), OFFICER)
                .expectEvents(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN, LAOS)));
    }

    @Test
    void returningAPlanNeedsAReason() {
        fixture.given(new AnnualPlanDrafted(PLAN, SKHDT, 2027, List.of(JAPAN)), new AnnualPlanSubmitted(PLAN))
                .when(new ReturnAnnualPlanCommand(PLAN, null, ""))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED));
    }

    @Test
    void anApprovedPlanIsNotRedraftedButAmended() {
        fixture.given(approvedPlan())
                .when(new DraftAnnualPlanCommand(PLAN, null, SKHDT, 2027, List.of(LAOS)), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anAmendmentIsProposedWithItsReason() {
        fixture.given(approvedPlan())
                .when(new ProposePlanAmendmentCommand(PLAN, 3L, "am-1", List.of(LAOS), List.of("R-JP"), "Đối tác đổi lịch"),
                        OFFICER)
                .expectEvents(new PlanAmendmentProposed(PLAN, "am-1", List.of(LAOS), List.of("R-JP"), "Đối tác đổi lịch"));
    }

    @Test
    void anAmendmentNeedsAReason() {
        fixture.given(approvedPlan())
                .when(new ProposePlanAmendmentCommand(PLAN, null, "am-1", List.of(LAOS), List.of(), null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED));
    }

    @Test
    void anAmendmentCannotWithdrawAnItemThePlanDoesNotHave() {
        fixture.given(approvedPlan())
                .when(new ProposePlanAmendmentCommand(PLAN, null, "am-1", List.of(), List.of("R-NONE"), "x"), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PLANNED_ITEM_NOT_FOUND));
    }

    @Test
    void oneAmendmentAtATime() {
        fixture.given(approvedPlan())
                .andGiven(new PlanAmendmentProposed(PLAN, "am-1", List.of(LAOS), List.of(), "x"))
                .when(new ProposePlanAmendmentCommand(PLAN, null, "am-2", List.of(), List.of("R-JP"), "y"), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AMENDMENT_PENDING));
    }

    @Test
    void anAmendmentIsApprovedWithItsOwnDecision() {
        fixture.given(approvedPlan())
                .andGiven(new PlanAmendmentProposed(PLAN, "am-1", List.of(LAOS), List.of(), "x"))
                .when(new ApprovePlanAmendmentCommand(PLAN, null, "am-1", DECISION))
                .expectEvents(new PlanAmendmentApproved(PLAN, "am-1", DECISION));
    }

    @Test
    void anApprovedAmendmentsItemsAreInThePlan() {
        fixture.given(approvedPlan())
                .andGiven(new PlanAmendmentProposed(PLAN, "am-1", List.of(LAOS), List.of(), "x"),
                        new PlanAmendmentApproved(PLAN, "am-1", DECISION))
                .when(new ProposePlanAmendmentCommand(PLAN, null, "am-2", List.of(), List.of("V-LA"), "Hủy đoàn vào"),
                        OFFICER)
                .expectEvents(new PlanAmendmentProposed(PLAN, "am-2", List.of(), List.of("V-LA"), "Hủy đoàn vào"));
    }

    @Test
    void anAmendmentIsRejectedWithAReason() {
        fixture.given(approvedPlan())
                .andGiven(new PlanAmendmentProposed(PLAN, "am-1", List.of(LAOS), List.of(), "x"))
                .when(new RejectPlanAmendmentCommand(PLAN, null, "am-1", "Không thực sự cần thiết"))
                .expectEvents(new PlanAmendmentRejected(PLAN, "am-1", "Không thực sự cần thiết"));
    }

    @Test
    void anUnknownAmendmentIsNotFound() {
        fixture.given(approvedPlan())
                .when(new RejectPlanAmendmentCommand(PLAN, null, "am-9", "x"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_FOUND));
    }

    @Test
    void theFirstOffPlanSlotOfTheYearIsGranted() {
        fixture.givenNoPriorActivity()
                .when(take(D1, "a1"))
                .expectEvents(taken(D1, "a1", 1))
                .expectResultMessagePayload(SlotDecision.GRANTED);
    }

    @Test
    void noSlotBeyondTheLimitAndTheRefusalIsRecorded() {
        fixture.given(taken(D1, "a1", 1), taken(D2, "a2", 2))
                .when(take(D3, "a3"))
                .expectEvents(new OffPlanSlotRefused(PLAN, SKHDT, 2027, D3, "a3", 2, 2))
                .expectResultMessagePayload(SlotDecision.REFUSED);
    }

    @Test
    void askingAgainForTheSameAttemptGivesTheSameAnswer() {
        fixture.given(taken(D1, "a1", 1), taken(D2, "a2", 2), new OffPlanSlotRefused(PLAN, SKHDT, 2027, D3, "a3", 2, 2),
                        new OffPlanSlotReleased(PLAN, D1, "cancelled"))
                .when(take(D3, "a3"))
                .expectNoEvents()
                .expectResultMessagePayload(SlotDecision.REFUSED);
    }

    @Test
    void aGrantedAttemptIsNotGrantedTwice() {
        fixture.given(taken(D1, "a1", 1))
                .when(take(D1, "a1"))
                .expectNoEvents()
                .expectResultMessagePayload(SlotDecision.GRANTED);
    }

    @Test
    void aReleasedSlotCanBeTakenAgain() {
        fixture.given(taken(D1, "a1", 1), taken(D2, "a2", 2), new OffPlanSlotReleased(PLAN, D1, "cancelled"))
                .when(take(D3, "a3"))
                .expectEvents(taken(D3, "a3", 2));
    }

    @Test
    void releasingASlotNobodyHoldsChangesNothing() {
        fixture.given(taken(D1, "a1", 1))
                .when(new ReleaseOffPlanSlotCommand(PLAN, D2, "cancelled"))
                .expectNoEvents();
    }

    @Test
    void aLowerLimitIsAppliedToTheNextAttempt() {
        fixture.given(taken(D1, "a1", 1))
                .when(new TakeOffPlanSlotCommand(PLAN, SKHDT, 2027, D2, "a2", 1))
                .expectEvents(new OffPlanSlotRefused(PLAN, SKHDT, 2027, D2, "a2", 1, 1));
    }

    @Test
    void submittingNeedsADraft() {
        fixture.given(approvedPlan())
                .when(new SubmitAnnualPlanCommand(PLAN, null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }
}
