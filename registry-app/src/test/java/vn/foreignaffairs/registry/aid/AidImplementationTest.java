package vn.foreignaffairs.registry.aid;

import static vn.foreignaffairs.registry.aid.AidHistory.APPROVAL;
import static vn.foreignaffairs.registry.aid.AidHistory.FIRST_RECEIPT;
import static vn.foreignaffairs.registry.aid.AidHistory.FIRST_TRANCHE;
import static vn.foreignaffairs.registry.aid.AidHistory.ID;
import static vn.foreignaffairs.registry.aid.AidHistory.LEADER;
import static vn.foreignaffairs.registry.aid.AidHistory.OFFICER_OF_NUITHANH;
import static vn.foreignaffairs.registry.aid.AidHistory.OFFICER_OF_SCT;
import static vn.foreignaffairs.registry.aid.AidHistory.REVIEWER;
import static vn.foreignaffairs.registry.aid.AidHistory.START_DEADLINE;
import static vn.foreignaffairs.registry.aid.AidHistory.agreed;
import static vn.foreignaffairs.registry.aid.AidHistory.appraised;
import static vn.foreignaffairs.registry.aid.AidHistory.approvedAid;
import static vn.foreignaffairs.registry.aid.AidHistory.proposed;
import static vn.foreignaffairs.registry.aid.AidHistory.startedAid;
import static vn.foreignaffairs.registry.support.AidDetailsBuilder.amount;
import static vn.foreignaffairs.registry.support.AidDetailsBuilder.usd;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.aid.AdjustAidCommand;
import vn.foreignaffairs.registry.api.aid.AidAdjusted;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidCompletionReported;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDisbursementRecorded;
import vn.foreignaffairs.registry.api.aid.AidImplementationStarted;
import vn.foreignaffairs.registry.api.aid.AidReceiptRecorded;
import vn.foreignaffairs.registry.api.aid.AidRevoked;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.CompletionReport;
import vn.foreignaffairs.registry.api.aid.Disbursement;
import vn.foreignaffairs.registry.api.aid.FileAidCompletionReportCommand;
import vn.foreignaffairs.registry.api.aid.MonitoringVisit;
import vn.foreignaffairs.registry.api.aid.MonitoringVisitRecorded;
import vn.foreignaffairs.registry.api.aid.Receipt;
import vn.foreignaffairs.registry.api.aid.RecordAidDisbursementCommand;
import vn.foreignaffairs.registry.api.aid.RecordAidReceiptCommand;
import vn.foreignaffairs.registry.api.aid.RecordMonitoringVisitCommand;
import vn.foreignaffairs.registry.api.aid.RevokeAidCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;

/** After approval: money in and out, monitoring visits, adjustments, the completion report, revocation. */
class AidImplementationTest {

    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
    private static final AidAmount IN_DONG = amount("150000000", "VND", "1", MARCH_20);
    private static final Disbursement TO_SCHOOL =
            new Disbursement(MARCH_20, IN_DONG, "Trường TH Tam Hải", "Lắp đặt hệ thống lọc nước");
    private static final MonitoringVisit VISIT = new MonitoringVisit(LocalDate.of(2026, 4, 2), "Sở Ngoại vụ",
            "Thi công đúng tiến độ", "Bổ sung biển công trình");
    private static final AidDecision ADJUSTMENT = new AidDecision("210/QĐ-UBND", LocalDate.of(2026, 6, 1), null);
    private static final AidDecision REVOCATION = new AidDecision("300/QĐ-UBND", START_DEADLINE.plusDays(1), null);
    private static final CompletionReport REPORT =
            new CompletionReport(LocalDate.of(2027, 2, 28), "12 điểm trường có nước sạch", "Đạt mục tiêu");

    private AggregateTestFixture<AidProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AidProject.class);
    }

    private static Object[] and(Object[] past, Object... more) {
        List<Object> all = new ArrayList<>(List.of(past));
        all.addAll(List.of(more));
        return all.toArray();
    }

    private static RecordAidReceiptCommand receive(LocalDate on, AidAmount amount) {
        return new RecordAidReceiptCommand(ID, null, new Receipt(on, amount, "PT-02"));
    }

    private static AdjustAidCommand adjust(AidDecision decision, AidAmount committed, LocalDate end,
                                           List<String> districts) {
        return new AdjustAidCommand(ID, null, decision, "Nhà tài trợ tăng vốn", committed, end, districts);
    }

    // Receipts and disbursements: each amount with its currency, dong rate and rate date

    @Test
    void theFirstReceiptStartsTheAid() {
        fixture.given(approvedAid())
                .when(new RecordAidReceiptCommand(ID, 4L, new Receipt(FIRST_RECEIPT, FIRST_TRANCHE, " PT-01 ")),
                        OFFICER_OF_NUITHANH)
                .expectEvents(new AidReceiptRecorded(ID, new Receipt(FIRST_RECEIPT, FIRST_TRANCHE, "PT-01")),
                        new AidImplementationStarted(ID, FIRST_RECEIPT))
                .expectResultMessagePayload(6L);
    }

    @Test
    void laterReceiptsDoNotStartItAgain() {
        AidAmount euros = amount("10000.00", "EUR", "27800.5", MARCH_20);
        fixture.given(startedAid())
                .when(receive(MARCH_20, euros), OFFICER_OF_NUITHANH)
                .expectEvents(new AidReceiptRecorded(ID, new Receipt(MARCH_20, euros, "PT-02")));
    }

    @Test
    void theFirstDisbursementStartsTheAidToo() {
        fixture.given(approvedAid())
                .when(new RecordAidDisbursementCommand(ID, null, TO_SCHOOL), OFFICER_OF_NUITHANH)
                .expectEvents(new AidDisbursementRecorded(ID, TO_SCHOOL), new AidImplementationStarted(ID, MARCH_20));
    }

    @Test
    void anotherAgencysOfficerCannotRecordMoney() {
        fixture.given(approvedAid())
                .when(receive(FIRST_RECEIPT, FIRST_TRANCHE), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void moneyIsRecordedOnlyOnceTheAidIsApproved() {
        fixture.given(proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE))
                .when(receive(FIRST_RECEIPT, FIRST_TRANCHE), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void moneyCannotMoveBeforeTheApproval() {
        LocalDate before = APPROVAL.date().minusDays(1);
        fixture.given(approvedAid())
                .when(receive(before, usd("100.00", "25400", before)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DECISION, "receivedOn"));
    }

    @Test
    void aRateOfALaterDayThanTheMoneyIsRefused() {
        fixture.given(approvedAid())
                .when(receive(FIRST_RECEIPT, usd("100.00", "25400", FIRST_RECEIPT.plusDays(1))), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "rateDate"));
    }

    @Test
    void aReceiptIsInAnIsoCurrency() {
        fixture.given(approvedAid())
                .when(receive(FIRST_RECEIPT, amount("100", "usd", "25400", FIRST_RECEIPT)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVALID_CURRENCY, "currency"));
    }

    @Test
    void aReceiptCarriesItsDongRate() {
        fixture.given(approvedAid())
                .when(receive(FIRST_RECEIPT, usd("100", null, FIRST_RECEIPT)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.INVALID_VND_RATE, "vndRate"));
    }

    @Test
    void aDisbursementNamesItsRecipient() {
        fixture.given(startedAid())
                .when(new RecordAidDisbursementCommand(ID, null, new Disbursement(MARCH_20, IN_DONG, " ", null)),
                        OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "recipient"));
    }

    // Monitoring visits

    @Test
    void theReviewerRecordsAMonitoringVisit() {
        fixture.given(startedAid())
                .when(new RecordMonitoringVisitCommand(ID, 6L, VISIT), REVIEWER)
                .expectEvents(new MonitoringVisitRecorded(ID, VISIT))
                .expectResultMessagePayload(7L);
    }

    @Test
    void theReceivingAgencysOfficerRecordsAVisitToo() {
        fixture.given(approvedAid())
                .when(new RecordMonitoringVisitCommand(ID, null, VISIT), OFFICER_OF_NUITHANH)
                .expectEvents(new MonitoringVisitRecorded(ID, VISIT));
    }

    @Test
    void anotherAgencysOfficerCannotRecordAVisit() {
        fixture.given(approvedAid())
                .when(new RecordMonitoringVisitCommand(ID, null, VISIT), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aVisitBeforeTheApprovalIsRefused() {
        MonitoringVisit early = new MonitoringVisit(APPROVAL.date().minusDays(3), "Sở Ngoại vụ", "Khảo sát", null);
        fixture.given(approvedAid())
                .when(new RecordMonitoringVisitCommand(ID, null, early), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DECISION, "visitedOn"));
    }

    @Test
    void aVisitSaysWhatItFound() {
        MonitoringVisit empty = new MonitoringVisit(VISIT.visitedOn(), "Sở Ngoại vụ", "", null);
        fixture.given(approvedAid())
                .when(new RecordMonitoringVisitCommand(ID, null, empty), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "findings"));
    }

    @Test
    void aProposalIsNotMonitored() {
        fixture.given(proposed())
                .when(new RecordMonitoringVisitCommand(ID, null, VISIT), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Adjustments, each by a new decision

    @Test
    void leadershipAdjustsTheCommitmentByANewDecision() {
        AidAmount more = usd("150000.00", "25500", ADJUSTMENT.date());
        fixture.given(startedAid())
                .when(adjust(ADJUSTMENT, more, null, null), LEADER)
                .expectEvents(new AidAdjusted(ID, ADJUSTMENT, "Nhà tài trợ tăng vốn", more, null, null));
    }

    @Test
    void anAdjustmentMayMoveTheEndAndTheDistricts() {
        LocalDate later = LocalDate.of(2027, 6, 30);
        fixture.given(approvedAid())
                .when(adjust(ADJUSTMENT, null, later, List.of("Núi Thành", " Tiên Phước")), LEADER)
                .expectEvents(new AidAdjusted(ID, ADJUSTMENT, "Nhà tài trợ tăng vốn", null, later,
                        List.of("Núi Thành", "Tiên Phước")));
    }

    @Test
    void anAdjustmentNeedsANewDecisionNumber() {
        fixture.given(startedAid())
                .when(adjust(new AidDecision(APPROVAL.number(), ADJUSTMENT.date(), null), null,
                        LocalDate.of(2027, 6, 30), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void anAdjustmentDatedBeforeTheLatestDecisionIsRefused() {
        fixture.given(startedAid())
                .when(adjust(new AidDecision("9/QĐ-UBND", APPROVAL.date().minusDays(1), null), null,
                        LocalDate.of(2027, 6, 30), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void anAdjustmentChangesSomething() {
        fixture.given(startedAid())
                .when(adjust(ADJUSTMENT, null, null, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void anAdjustmentNeedsAReason() {
        fixture.given(startedAid())
                .when(new AdjustAidCommand(ID, null, ADJUSTMENT, " ", null, LocalDate.of(2027, 6, 30), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void anAdjustedEndBeforeTheStartIsRefused() {
        fixture.given(startedAid())
                .when(adjust(ADJUSTMENT, null, LocalDate.of(2026, 1, 1), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "plannedEndDate"));
    }

    @Test
    void completedAidIsNotAdjusted() {
        fixture.given(and(startedAid(), new AidCompletionReported(ID, REPORT)))
                .when(adjust(ADJUSTMENT, null, LocalDate.of(2027, 6, 30), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // The completion report

    @Test
    void theReceivingAgencyReportsTheCompletion() {
        fixture.given(startedAid())
                .when(new FileAidCompletionReportCommand(ID, 6L, REPORT), OFFICER_OF_NUITHANH)
                .expectEvents(new AidCompletionReported(ID, REPORT))
                .expectResultMessagePayload(7L);
    }

    @Test
    void aidThatNeverStartedIsNotReportedComplete() {
        fixture.given(approvedAid())
                .when(new FileAidCompletionReportCommand(ID, null, REPORT), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aCompletionBeforeTheLastMoneyMovedIsRefused() {
        fixture.given(and(startedAid(), new AidDisbursementRecorded(ID, TO_SCHOOL)))
                .when(new FileAidCompletionReportCommand(ID, null,
                        new CompletionReport(MARCH_20.minusDays(1), "Xong", null)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "completedOn"));
    }

    @Test
    void aCompletionReportSaysWhatTheAidAchieved() {
        fixture.given(startedAid())
                .when(new FileAidCompletionReportCommand(ID, null, new CompletionReport(REPORT.completedOn(), " ",
                        null)), OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "results"));
    }

    @Test
    void anotherAgencysOfficerCannotReportTheCompletion() {
        fixture.given(startedAid())
                .when(new FileAidCompletionReportCommand(ID, null, REPORT), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void noMoneyIsRecordedAfterTheCompletion() {
        fixture.given(and(startedAid(), new AidCompletionReported(ID, REPORT)))
                .when(receive(LocalDate.of(2027, 3, 1), usd("10.00", "25400", LocalDate.of(2027, 3, 1))),
                        OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Revocation when the aid did not start in time

    @Test
    void aidNotStartedWithinThePeriodIsRevoked() {
        fixture.given(approvedAid())
                .when(new RevokeAidCommand(ID, 4L, REVOCATION, "Nhà tài trợ không chuyển vốn"), LEADER)
                .expectEvents(new AidRevoked(ID, REVOCATION, "Nhà tài trợ không chuyển vốn"))
                .expectResultMessagePayload(5L);
    }

    @Test
    void onTheLastDayOfThePeriodTheAidIsNotYetRevoked() {
        fixture.given(approvedAid())
                .when(new RevokeAidCommand(ID, null, new AidDecision("300/QĐ-UBND", START_DEADLINE, null),
                        "Chưa triển khai"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AID_START_PERIOD_NOT_OVER, "decisionDate"));
    }

    @Test
    void startedAidCannotBeRevoked() {
        fixture.given(startedAid())
                .when(new RevokeAidCommand(ID, null, REVOCATION, "Chậm tiến độ"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aRevocationNeedsAReason() {
        fixture.given(approvedAid())
                .when(new RevokeAidCommand(ID, null, REVOCATION, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aRevocationNeedsItsDecision() {
        fixture.given(approvedAid())
                .when(new RevokeAidCommand(ID, null, new AidDecision("300/QĐ-UBND", null, null), "Chưa triển khai"),
                        LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void revokedAidReceivesNothing() {
        fixture.given(and(approvedAid(), new AidRevoked(ID, REVOCATION, "Chưa triển khai")))
                .when(receive(LocalDate.of(2026, 9, 1), usd("10.00", "25400", LocalDate.of(2026, 9, 1))),
                        OFFICER_OF_NUITHANH)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }
}
