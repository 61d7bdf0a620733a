package vn.foreignaffairs.registry.delegation;

import static vn.foreignaffairs.registry.support.DelegationDetailsBuilder.aDelegation;
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
import vn.foreignaffairs.registry.api.delegation.ApprovalResult;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CompleteOffPlanApprovalCommand;
import vn.foreignaffairs.registry.api.delegation.ConsultationDisagreementOverridden;
import vn.foreignaffairs.registry.api.delegation.ConsultationOpinionRecorded;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationApprovalRefused;
import vn.foreignaffairs.registry.api.delegation.DelegationApprovalRequested;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationRejected;
import vn.foreignaffairs.registry.api.delegation.DelegationSentForConsultation;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.OffPlanCase;
import vn.foreignaffairs.registry.api.delegation.OffPlanSlotReturned;
import vn.foreignaffairs.registry.api.delegation.Opinion;
import vn.foreignaffairs.registry.api.delegation.QuotaExemption;
import vn.foreignaffairs.registry.api.delegation.RecordConsultationOpinionCommand;
import vn.foreignaffairs.registry.api.delegation.RejectDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.SubmitDelegationCommand;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.SlotDecision;

/** The rules of off-plan delegations (Quảng Nam 2025 §10): documents, consultations, the quota. */
class OffPlanDelegationTest {

    private static final DelegationId ID = new DelegationId("d-off");
    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final AnnualPlanId PLAN = AnnualPlanId.of(SKHDT, 2027);
    private static final DelegationDetails OFF_PLAN = aDelegation().offPlan("SNGV", "SCT").build();
    private static final Decision DECISION = new Decision("45/QĐ-UBND", LocalDate.of(2027, 2, 1), "Chủ tịch");
    private static final Map<String, Object> OFFICER =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SKHDT");
    private static final Map<String, Object> LEADER = Map.of(AuditMetadata.ROLE, "LEADERSHIP");

    private AggregateTestFixture<Delegation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Delegation.class);
    }

    private static Object[] underConsultation() {
        return new Object[] {new DelegationDrafted(ID, SKHDT, OFF_PLAN), new DelegationSubmitted(ID),
                new DelegationSentForConsultation(ID, List.of("SNGV", "SCT"))};
    }

    private static Object[] answered(Opinion sct) {
        return new Object[] {new DelegationDrafted(ID, SKHDT, OFF_PLAN), new DelegationSubmitted(ID),
                new DelegationSentForConsultation(ID, List.of("SNGV", "SCT")),
                new ConsultationOpinionRecorded(ID, "SNGV", Opinion.AGREE, null),
                new ConsultationOpinionRecorded(ID, "SCT", sct, sct == Opinion.DISAGREE ? "Trùng đoàn của Sở" : null)};
    }

    private static DelegationApprovalRequested attempt(String override) {
        return new DelegationApprovalRequested(ID, "attempt-1", PLAN, SKHDT, 2027, 2, DECISION, override);
    }

    private static ApproveDelegationCommand approve(String override) {
        return new ApproveDelegationCommand(ID, null, DECISION, override, "attempt-1", 2);
    }

    @Test
    void everyTripIsSubmittedWithItsProgramme() {
        fixture.given(new DelegationDrafted(ID, SKHDT, aDelegation().withoutProgramme().build()))
                .when(new SubmitDelegationCommand(ID, null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PROGRAMME_REQUIRED, "programme"));
    }

    @Test
    void anOffPlanDelegationGoesToTheConsultedAgenciesWhenSubmitted() {
        fixture.given(new DelegationDrafted(ID, SKHDT, OFF_PLAN))
                .when(new SubmitDelegationCommand(ID, 1L), OFFICER)
                .expectEvents(new DelegationSubmitted(ID), new DelegationSentForConsultation(ID, List.of("SNGV", "SCT")))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anOffPlanDelegationNeedsItsVisitProposal() {
        var details = aDelegation().offPlanCase(new OffPlanCase(" ", "cần thiết", "TM-1", List.of("SNGV"))).build();
        fixture.given(new DelegationDrafted(ID, SKHDT, details))
                .when(new SubmitDelegationCommand(ID, null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VISIT_PROPOSAL_REQUIRED));
    }

    @Test
    void anOffPlanDelegationWithoutAnyCaseNeedsItsVisitProposal() {
        fixture.given(new DelegationDrafted(ID, SKHDT, aDelegation().offPlanCase(null).build()))
                .when(new SubmitDelegationCommand(ID, null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VISIT_PROPOSAL_REQUIRED));
    }

    @Test
    void anOffPlanDelegationNeedsThePartnersInvitation() {
        var details = aDelegation().offPlanCase(new OffPlanCase("lý do", "cần thiết", null, List.of("SNGV"))).build();
        fixture.given(new DelegationDrafted(ID, SKHDT, details))
                .when(new SubmitDelegationCommand(ID, null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVITATION_LETTER_REQUIRED, "offPlanCase.invitationLetterReference"));
    }

    @Test
    void anOffPlanDelegationNamesTheAgenciesToConsult() {
        var details = aDelegation().offPlanCase(new OffPlanCase("lý do", "cần thiết", "TM-1", List.of())).build();
        fixture.given(new DelegationDrafted(ID, SKHDT, details))
                .when(new SubmitDelegationCommand(ID, null), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTED_AGENCIES_REQUIRED));
    }

    @Test
    void onlyAnOffPlanDelegationCanBeExempt() {
        fixture.givenNoPriorActivity()
                .when(new CreateDelegationCommand(ID, SKHDT, aDelegation().exempt(QuotaExemption.BORDER).build()),
                        OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.EXEMPTION_NOT_ALLOWED, "quotaExemption"));
    }

    @Test
    void aConsultedAgencysOpinionIsRecorded() {
        fixture.given(underConsultation())
                .when(new RecordConsultationOpinionCommand(ID, 3L, "SNGV", Opinion.AGREE, "Đồng ý"), LEADER)
                .expectEvents(new ConsultationOpinionRecorded(ID, "SNGV", Opinion.AGREE, "Đồng ý"));
    }

    @Test
    void aDisagreementGivesItsReasons() {
        fixture.given(underConsultation())
                .when(new RecordConsultationOpinionCommand(ID, null, "SCT", Opinion.DISAGREE, ""), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "note"));
    }

    @Test
    void opinionsAreNotTakenOnADraft() {
        fixture.given(new DelegationDrafted(ID, SKHDT, OFF_PLAN))
                .when(new RecordConsultationOpinionCommand(ID, null, "SNGV", Opinion.AGREE, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void noApprovalBeforeEveryConsultedAgencyAnswered() {
        fixture.given(underConsultation())
                .when(approve(null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTATION_INCOMPLETE));
    }

    @Test
    void aDisagreementNeedsTheApproversExplicitOverride() {
        fixture.given(answered(Opinion.DISAGREE))
                .when(approve(" "), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.OVERRIDE_REASON_REQUIRED));
    }

    @Test
    void anOffPlanApprovalWaitsForASlotOfTheQuota() {
        fixture.given(answered(Opinion.AGREE))
                .when(approve(null), LEADER)
                .expectEvents(attempt(null))
                .expectResultMessagePayload(new ApprovalResult(6L, "attempt-1"));
    }

    @Test
    void aGrantedSlotCompletesTheApproval() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null))
                .when(new CompleteOffPlanApprovalCommand(ID, "attempt-1", SlotDecision.GRANTED))
                .expectEvents(new DelegationApproved(ID, DECISION))
                .expectResultMessagePayload(7L);
    }

    @Test
    void anOverriddenDisagreementIsRecordedWithTheApproval() {
        fixture.given(answered(Opinion.DISAGREE)).andGiven(attempt("Chủ trương của Tỉnh ủy"))
                .when(new CompleteOffPlanApprovalCommand(ID, "attempt-1", SlotDecision.GRANTED))
                .expectEvents(new ConsultationDisagreementOverridden(ID, List.of("SCT"), "Chủ trương của Tỉnh ủy"),
                        new DelegationApproved(ID, DECISION));
    }

    @Test
    void aRefusedSlotRefusesTheApprovalAndLeavesTheDelegationUnderConsultation() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null))
                .when(new CompleteOffPlanApprovalCommand(ID, "attempt-1", SlotDecision.REFUSED))
                .expectEvents(new DelegationApprovalRefused(ID, "attempt-1",
                        "Agency SKHDT has used all 2 off-plan delegations allowed for 2027."));
    }

    @Test
    void aRefusedDelegationCanBeApprovedAgainLater() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null),
                        new DelegationApprovalRefused(ID, "attempt-1", "quota"))
                .when(new ApproveDelegationCommand(ID, null, DECISION, null, "attempt-2", 3), LEADER)
                .expectEvents(new DelegationApprovalRequested(ID, "attempt-2", PLAN, SKHDT, 2027, 3, DECISION, null));
    }

    @Test
    void completingAnAttemptTwiceChangesNothing() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null), new DelegationApproved(ID, DECISION))
                .when(new CompleteOffPlanApprovalCommand(ID, "attempt-1", SlotDecision.GRANTED))
                .expectNoEvents()
                .expectResultMessagePayload(7L);
    }

    @Test
    void anUnknownAttemptCannotBeCompleted() {
        fixture.given(answered(Opinion.AGREE))
                .when(new CompleteOffPlanApprovalCommand(ID, "attempt-9", SlotDecision.GRANTED))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void nothingElseIsDecidedWhileAnApprovalWaitsForTheQuota() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null))
                .when(new RejectDelegationCommand(ID, null, "Không cần thiết"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.APPROVAL_IN_PROGRESS));
    }

    @Test
    void aPendingApprovalCannotBeCancelledUnderneath() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null))
                .when(new CancelDelegationCommand(ID, null, "Hoãn"), OFFICER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.APPROVAL_IN_PROGRESS));
    }

    @Test
    void anExemptDelegationIsApprovedWithoutASlot() {
        var exempt = aDelegation().offPlan("SNGV").exempt(QuotaExemption.BORDER).build();
        fixture.given(new DelegationDrafted(ID, SKHDT, exempt), new DelegationSubmitted(ID),
                        new DelegationSentForConsultation(ID, List.of("SNGV")),
                        new ConsultationOpinionRecorded(ID, "SNGV", Opinion.AGREE, null))
                .when(approve(null), LEADER)
                .expectEvents(new DelegationApproved(ID, DECISION));
    }

    @Test
    void cancellingAnApprovedOffPlanDelegationGivesTheSlotBack() {
        fixture.given(answered(Opinion.AGREE)).andGiven(attempt(null), new DelegationApproved(ID, DECISION))
                .when(new CancelDelegationCommand(ID, null, "Đối tác hủy"), OFFICER)
                .expectEvents(new DelegationCancelled(ID, "Đối tác hủy"), new OffPlanSlotReturned(ID, PLAN));
    }

    @Test
    void anOffPlanDelegationCanBeRejectedUnderConsultation() {
        fixture.given(underConsultation())
                .when(new RejectDelegationCommand(ID, null, "Không cần thiết"), LEADER)
                .expectEvents(new DelegationRejected(ID, "Không cần thiết"));
    }
}
