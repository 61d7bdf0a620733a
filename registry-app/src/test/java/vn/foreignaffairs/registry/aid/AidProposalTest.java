package vn.foreignaffairs.registry.aid;

import static vn.foreignaffairs.registry.aid.AidHistory.APPRAISAL_DUE;
import static vn.foreignaffairs.registry.aid.AidHistory.APPRAISED_ON;
import static vn.foreignaffairs.registry.aid.AidHistory.APPROVAL;
import static vn.foreignaffairs.registry.aid.AidHistory.DETAILS;
import static vn.foreignaffairs.registry.aid.AidHistory.FILE_COMPLETE;
import static vn.foreignaffairs.registry.aid.AidHistory.ID;
import static vn.foreignaffairs.registry.aid.AidHistory.LEADER;
import static vn.foreignaffairs.registry.aid.AidHistory.OFFICER_OF_NUITHANH;
import static vn.foreignaffairs.registry.aid.AidHistory.OFFICER_OF_SCT;
import static vn.foreignaffairs.registry.aid.AidHistory.REVIEWER;
import static vn.foreignaffairs.registry.aid.AidHistory.START_DEADLINE;
import static vn.foreignaffairs.registry.aid.AidHistory.UBND_NUITHANH;
import static vn.foreignaffairs.registry.aid.AidHistory.agreed;
import static vn.foreignaffairs.registry.aid.AidHistory.appraised;
import static vn.foreignaffairs.registry.aid.AidHistory.approved;
import static vn.foreignaffairs.registry.aid.AidHistory.proposed;
import static vn.foreignaffairs.registry.support.AidDetailsBuilder.amount;
import static vn.foreignaffairs.registry.support.AidDetailsBuilder.anAid;
import static vn.foreignaffairs.registry.support.AidDetailsBuilder.usd;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidAppraised;
import vn.foreignaffairs.registry.api.aid.AidApproved;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidOpinionRecorded;
import vn.foreignaffairs.registry.api.aid.AidProposed;
import vn.foreignaffairs.registry.api.aid.AidRefused;
import vn.foreignaffairs.registry.api.aid.Appraisal;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.AppraiseAidCommand;
import vn.foreignaffairs.registry.api.aid.ApproveAidCommand;
import vn.foreignaffairs.registry.api.aid.ProposeAidCommand;
import vn.foreignaffairs.registry.api.aid.RecordAidOpinionCommand;
import vn.foreignaffairs.registry.api.aid.RefuseAidCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.delegation.Opinion;

/** From the proposal on a complete file, through consultations and appraisal, to the decision. */
class AidProposalTest {

    private static final Appraisal FAVOURABLE =
            new Appraisal(AppraisalConclusion.FAVOURABLE, "Phù hợp quy hoạch", APPRAISED_ON);

    private AggregateTestFixture<AidProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AidProject.class);
    }

    private static ProposeAidCommand propose(AidDetails details) {
        return new ProposeAidCommand(ID, UBND_NUITHANH, details, FILE_COMPLETE, APPRAISAL_DUE);
    }

    private static ProposeAidCommand committing(AidAmount committed) {
        return propose(anAid().committing(committed).build());
    }

    private static ApproveAidCommand approve(AidDecision decision, String overrideReason) {
        return new ApproveAidCommand(ID, null, decision, overrideReason, START_DEADLINE);
    }

    // The proposal: form, field, donor, districts, commitment and period

    @Test
    void anOfficerProposesAidTheirAgencyReceives() {
        fixture.givenNoPriorActivity()
                .when(propose(DETAILS), OFFICER_OF_NUITHANH)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AidProposed(ID, UBND_NUITHANH, DETAILS, FILE_COMPLETE, APPRAISAL_DUE));
    }

    @Test
    void anOfficerCannotProposeAidForAnotherAgency() {
        fixture.givenNoPriorActivity()
                .when(propose(DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aProjectSaysWhenItIsToEnd() {
        fixture.givenNoPriorActivity()
                .when(propose(anAid().running(LocalDate.of(2026, 3, 1), null).build()), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "plannedEndDate"));
    }

    @Test
    void nonProjectAidMayLeaveItsEndOpen() {
        AidDetails goods = anAid().ofKind(AidKind.NON_PROJECT).running(LocalDate.of(2026, 3, 1), null).build();
        fixture.givenNoPriorActivity()
                .when(propose(goods), OFFICER_OF_NUITHANH)
                .expectEvents(proposed(goods));
    }

    @Test
    void thePlannedEndCannotComeBeforeTheStart() {
        fixture.givenNoPriorActivity()
                .when(propose(anAid().running(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)).build()),
                        OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "plannedEndDate"));
    }

    @Test
    void aidGoesToAtLeastOneDistrict() {
        fixture.givenNoPriorActivity()
                .when(propose(anAid().inDistricts().build()), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "districts"));
    }

    @Test
    void aDistrictIsNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(propose(anAid().inDistricts("Núi Thành", "Núi Thành ").build()), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DUPLICATE_ITEM, "districts[1]"));
    }

    @Test
    void aCommitmentIsMoreThanZero() {
        fixture.givenNoPriorActivity()
                .when(committing(usd("0", "25400", FILE_COMPLETE)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "committed.amount"));
    }

    @Test
    void aCommitmentIsInAnIsoCurrency() {
        fixture.givenNoPriorActivity()
                .when(committing(amount("1000", "XYZ", "25400", FILE_COMPLETE)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVALID_CURRENCY, "committed.currency"));
    }

    @Test
    void anAmountHasNoMoreDecimalsThanItsCurrency() {
        fixture.givenNoPriorActivity()
                .when(committing(amount("1000000.5", "VND", "1", FILE_COMPLETE)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVALID_CURRENCY, "committed.amount"));
    }

    @Test
    void aCommitmentCarriesAPositiveDongRate() {
        fixture.givenNoPriorActivity()
                .when(committing(usd("1000", "0", FILE_COMPLETE)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVALID_VND_RATE, "committed.vndRate"));
    }

    @Test
    void anAmountInDongIsConvertedAtOne() {
        fixture.givenNoPriorActivity()
                .when(committing(amount("500000000", "VND", "1.5", FILE_COMPLETE)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVALID_VND_RATE, "committed.vndRate"));
    }

    @Test
    void aCommitmentInDongIsInOrder() {
        AidDetails inDong = anAid().committing(amount("500000000", "VND", "1.00", FILE_COMPLETE)).build();
        fixture.givenNoPriorActivity()
                .when(propose(inDong), OFFICER_OF_NUITHANH)
                .expectEvents(proposed(inDong));
    }

    @Test
    void aRateNeedsItsDate() {
        fixture.givenNoPriorActivity()
                .when(committing(usd("1000", "25400", null)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "committed.rateDate"));
    }

    @Test
    void aProposalNeedsTheDayItsFileWasComplete() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAidCommand(ID, UBND_NUITHANH, DETAILS, null, APPRAISAL_DUE), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "fileCompletedOn"));
    }

    // Consultations

    @Test
    void theReviewerRecordsAConsultedAgencysOpinion() {
        fixture.given(proposed())
                .when(new RecordAidOpinionCommand(ID, 1L, "CA", Opinion.AGREE, " "), REVIEWER)
                .expectEvents(new AidOpinionRecorded(ID, "CA", Opinion.AGREE, null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aDisagreementNeedsItsReasons() {
        fixture.given(proposed())
                .when(new RecordAidOpinionCommand(ID, null, "CA", Opinion.DISAGREE, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "note"));
    }

    @Test
    void opinionsAreRecordedOnlyBeforeTheAppraisal() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE))
                .when(new RecordAidOpinionCommand(ID, null, "STC", Opinion.AGREE, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Appraisal, with the consultations in

    @Test
    void theReviewerAppraisesOnceAnOpinionIsIn() {
        fixture.given(proposed(), agreed("CA"))
                .when(new AppraiseAidCommand(ID, 2L, FAVOURABLE), REVIEWER)
                .expectEvents(new AidAppraised(ID, FAVOURABLE))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anAppraisalWithoutAnyOpinionIsRefused() {
        fixture.given(proposed())
                .when(new AppraiseAidCommand(ID, null, FAVOURABLE), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTATION_INCOMPLETE));
    }

    @Test
    void anAppraisalCannotPredateTheCompleteFile() {
        fixture.given(proposed(), agreed("CA"))
                .when(new AppraiseAidCommand(ID, null, new Appraisal(AppraisalConclusion.FAVOURABLE, "Đạt",
                        FILE_COMPLETE.minusDays(1))), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "appraisedOn"));
    }

    @Test
    void anAppraisalNeedsItsConclusion() {
        fixture.given(proposed(), agreed("CA"))
                .when(new AppraiseAidCommand(ID, null, new Appraisal(null, "Đạt", APPRAISED_ON)), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "conclusion"));
    }

    @Test
    void aStaleAppraisalIsRefusedBeforeAnyRule() {
        fixture.given(proposed(), agreed("CA"))
                .when(new AppraiseAidCommand(ID, 1L, FAVOURABLE), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    // The decision

    @Test
    void leadershipApprovesAppraisedAidWithItsStartDeadline() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE))
                .when(approve(APPROVAL, "not needed"), LEADER)
                .expectEvents(new AidApproved(ID, APPROVAL, null, START_DEADLINE))
                .expectResultMessagePayload(4L);
    }

    @Test
    void aidIsApprovedOnlyAfterItsAppraisal() {
        fixture.given(proposed(), agreed("CA"))
                .when(approve(APPROVAL, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anApprovalNeedsItsDecisionNumber() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE))
                .when(approve(new AidDecision(" ", APPROVAL.date(), null), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void anApprovalCannotPredateTheAppraisal() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE))
                .when(approve(new AidDecision("85/QĐ-UBND", APPRAISED_ON.minusDays(1), null), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "decisionDate"));
    }

    @Test
    void approvingAgainstAnUnfavourableAppraisalNeedsAnOverride() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.UNFAVOURABLE))
                .when(approve(APPROVAL, " "), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.OVERRIDE_REASON_REQUIRED));
    }

    @Test
    void theOverrideIsRecordedWithTheApproval() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.UNFAVOURABLE))
                .when(approve(APPROVAL, " Nhu cầu cấp bách của địa phương "), LEADER)
                .expectEvents(new AidApproved(ID, APPROVAL, "Nhu cầu cấp bách của địa phương", START_DEADLINE));
    }

    @Test
    void leadershipRefusesAidWithAReason() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.UNFAVOURABLE))
                .when(new RefuseAidCommand(ID, 3L, "Không phù hợp quy hoạch"), LEADER)
                .expectEvents(new AidRefused(ID, "Không phù hợp quy hoạch"));
    }

    @Test
    void aRefusalNeedsAReason() {
        fixture.given(proposed())
                .when(new RefuseAidCommand(ID, null, ""), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void refusedAidCannotBeApproved() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE),
                        new AidRefused(ID, "Không phù hợp"))
                .when(approve(APPROVAL, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void approvedAidIsNotRefusedAfterwards() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE), approved())
                .when(new RefuseAidCommand(ID, null, "Đổi ý"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }
}
