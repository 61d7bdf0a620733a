package vn.foreignaffairs.registry.delegation;

import static vn.foreignaffairs.registry.support.DelegationDetailsBuilder.aDelegation;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.delegation.AmendApprovedDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CloseDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationAmended;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationClosed;
import vn.foreignaffairs.registry.api.delegation.DelegationDeparted;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationPostponed;
import vn.foreignaffairs.registry.api.delegation.DelegationReturned;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.FilePostTripReportCommand;
import vn.foreignaffairs.registry.api.delegation.HandBackPassportCommand;
import vn.foreignaffairs.registry.api.delegation.HandOutPassportCommand;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.PassportHandedBack;
import vn.foreignaffairs.registry.api.delegation.PassportHandedOut;
import vn.foreignaffairs.registry.api.delegation.PassportKind;
import vn.foreignaffairs.registry.api.delegation.PostTripReportFiled;
import vn.foreignaffairs.registry.api.delegation.PostponeDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.RecordDepartureCommand;
import vn.foreignaffairs.registry.api.delegation.RecordReturnCommand;

/** The rules after approval: amendment and postponement, departure, return, report, passports, closing. */
class DelegationTripTest {

    private static final DelegationId ID = new DelegationId("d-1");
    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final Member HEAD = new Member("Nguyễn Văn An", "Giám đốc Sở", "SKHDT", PassportKind.OFFICIAL, true);
    private static final Member DIPLOMAT = new Member("Trần Thị Bình", "Phó Giám đốc", "SKHDT", PassportKind.DIPLOMATIC,
            false);
    private static final Member INTERPRETER = new Member("Lê Văn Cường", "Phiên dịch", "SKHDT", PassportKind.ORDINARY,
            false);
    private static final DelegationDetails DETAILS = aDelegation().withMembers(HEAD, DIPLOMAT, INTERPRETER).build();
    private static final Decision DECISION = new Decision("123/QĐ-UBND", LocalDate.of(2027, 2, 20), "Phạm Quốc Dũng");
    private static final Decision AMENDMENT = new Decision("150/QĐ-UBND", LocalDate.of(2027, 3, 1), "Phạm Quốc Dũng");
    private static final Decision POSTPONEMENT = new Decision("140/QĐ-UBND", LocalDate.of(2027, 2, 25), "Phạm Quốc Dũng");
    private static final LocalDate DEPARTED_ON = LocalDate.of(2027, 3, 10);
    private static final LocalDate RETURNED_ON = LocalDate.of(2027, 3, 15);
    private static final LocalDate REPORT_DUE = LocalDate.of(2027, 3, 30);
    private static final LocalDate PASSPORTS_DUE = LocalDate.of(2027, 3, 22);

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

    /** The delegation's events up to approval, then {@code more}. */
    private static Object[] approvedThen(Object... more) {
        List<Object> events = new ArrayList<>(List.of(new DelegationDrafted(ID, SKHDT, DETAILS),
                new DelegationSubmitted(ID), new DelegationApproved(ID, DECISION)));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static Object[] departedThen(Object... more) {
        List<Object> events = new ArrayList<>(List.of(approvedThen(new DelegationDeparted(ID, DEPARTED_ON))));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static Object[] returnedThen(Object... more) {
        List<Object> events = new ArrayList<>(List.of(departedThen(
                new DelegationReturned(ID, RETURNED_ON, REPORT_DUE, PASSPORTS_DUE))));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static PassportHandedOut handedOut(Member member, String number) {
        return new PassportHandedOut(ID, member.name(), number, member.passportKind(), LocalDate.of(2027, 3, 5),
                DECISION.number());
    }

    private static PostTripReportFiled report() {
        return new PostTripReportFiled(ID, "Ký biên bản ghi nhớ với Izumisano", "Đạt mục tiêu đề ra");
    }

    // amendment

    @Test
    void anApprovedDelegationIsAmendedByANewDecision() {
        var amended = aDelegation().withMembers(HEAD).travelling(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 5))
                .build();
        fixture.given(approvedThen())
                .when(new AmendApprovedDelegationCommand(ID, 3L, amended, AMENDMENT), LEADER)
                .expectEvents(new DelegationAmended(ID, amended, AMENDMENT))
                .expectResultMessagePayload(4L);
    }

    @Test
    void anAmendmentUnderTheDecisionInForceIsRefused() {
        fixture.given(approvedThen())
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS, DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void anAmendmentCannotReuseThePostponementDecision() {
        fixture.given(approvedThen(new DelegationPostponed(ID, null, null, "Đối tác đề nghị lùi lịch", POSTPONEMENT)))
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS,
                        new Decision(" 140/QĐ-UBND ", LocalDate.of(2027, 3, 1), "x")), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void aNewDecisionCannotBeDatedBeforeTheLatestOne() {
        fixture.given(approvedThen())
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS,
                        new Decision("150/QĐ-UBND", LocalDate.of(2027, 2, 19), "x")), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void anAmendmentNeedsTheDecisionNumberAndDate() {
        fixture.given(approvedThen())
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionNumber"));
        fixture.given(approvedThen())
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS, new Decision("150/QĐ-UBND", null, "x")),
                        LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void amendmentsKeepTheRulesOfCreation() {
        fixture.given(approvedThen())
                .when(new AmendApprovedDelegationCommand(ID, null, aDelegation().withoutMembers().build(), AMENDMENT),
                        LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.MEMBER_REQUIRED));
    }

    @Test
    void aSubmittedDelegationIsRevisedNotAmended() {
        fixture.given(new DelegationDrafted(ID, SKHDT, DETAILS), new DelegationSubmitted(ID))
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS, AMENDMENT), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aDelegationThatLeftCannotBeAmended() {
        fixture.given(departedThen())
                .when(new AmendApprovedDelegationCommand(ID, null, DETAILS, AMENDMENT), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // postponement

    @Test
    void anApprovedDelegationIsPostponedWithNewDatesReasonAndDecision() {
        fixture.given(approvedThen())
                .when(new PostponeDelegationCommand(ID, 3L, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 15),
                        "  Đối tác đề nghị lùi lịch  ", POSTPONEMENT), LEADER)
                .expectEvents(new DelegationPostponed(ID, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 15),
                        "Đối tác đề nghị lùi lịch", POSTPONEMENT))
                .expectResultMessagePayload(4L);
    }

    @Test
    void aPostponementMayLeaveTheNewDatesOpen() {
        fixture.given(approvedThen())
                .when(new PostponeDelegationCommand(ID, null, null, null, "Chưa thống nhất lịch", POSTPONEMENT), LEADER)
                .expectEvents(new DelegationPostponed(ID, null, null, "Chưa thống nhất lịch", POSTPONEMENT));
    }

    @Test
    void aPostponementNeedsAReason() {
        fixture.given(approvedThen())
                .when(new PostponeDelegationCommand(ID, null, null, null, " ", POSTPONEMENT), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aPostponementNeedsANewDecision() {
        fixture.given(approvedThen())
                .when(new PostponeDelegationCommand(ID, null, null, null, "Lùi lịch", DECISION), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED));
    }

    @Test
    void theNewDatesOfAPostponementAreBothGivenAndInOrder() {
        fixture.given(approvedThen())
                .when(new PostponeDelegationCommand(ID, null, LocalDate.of(2027, 5, 10), null, "Lùi lịch",
                        POSTPONEMENT), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "newReturnDate"));
        fixture.given(approvedThen())
                .when(new PostponeDelegationCommand(ID, null, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 1),
                        "Lùi lịch", POSTPONEMENT), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "newReturnDate"));
    }

    @Test
    void aDelegationThatLeftCannotBePostponed() {
        fixture.given(departedThen())
                .when(new PostponeDelegationCommand(ID, null, null, null, "Lùi lịch", POSTPONEMENT), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aPostponedDelegationDoesNotLeaveUntilAmended() {
        fixture.given(approvedThen(new DelegationPostponed(ID, null, null, "Lùi lịch", POSTPONEMENT)))
                .when(new RecordDepartureCommand(ID, null, DEPARTED_ON), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anAmendmentWithNewDatesBringsAPostponedDelegationBackToApproval() {
        var later = aDelegation().withMembers(HEAD).travelling(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 15))
                .build();
        fixture.given(approvedThen(new DelegationPostponed(ID, null, null, "Lùi lịch", POSTPONEMENT)))
                .when(new AmendApprovedDelegationCommand(ID, 4L, later, AMENDMENT), LEADER)
                .expectEvents(new DelegationAmended(ID, later, AMENDMENT));
        fixture.given(approvedThen(new DelegationPostponed(ID, null, null, "Lùi lịch", POSTPONEMENT),
                        new DelegationAmended(ID, later, AMENDMENT)))
                .when(new RecordDepartureCommand(ID, null, LocalDate.of(2027, 5, 10)), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationDeparted(ID, LocalDate.of(2027, 5, 10)));
    }

    @Test
    void aPostponedDelegationCanBeCancelled() {
        fixture.given(approvedThen(new DelegationPostponed(ID, null, null, "Lùi lịch", POSTPONEMENT)))
                .when(new CancelDelegationCommand(ID, 4L, "Đối tác hủy chương trình"), LEADER)
                .expectEvents(new DelegationCancelled(ID, "Đối tác hủy chương trình"));
    }

    @Test
    void aDelegationThatLeftCannotBeCancelled() {
        fixture.given(departedThen())
                .when(new CancelDelegationCommand(ID, null, "Quá muộn"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // departure and return

    @Test
    void anOfficerRecordsTheDeparture() {
        fixture.given(approvedThen())
                .when(new RecordDepartureCommand(ID, 3L, DEPARTED_ON), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationDeparted(ID, DEPARTED_ON))
                .expectResultMessagePayload(4L);
    }

    @Test
    void aDelegationCannotLeaveBeforeTheDecisionThatSendsIt() {
        fixture.given(approvedThen())
                .when(new RecordDepartureCommand(ID, null, LocalDate.of(2027, 2, 19)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DECISION, "departedOn"));
    }

    @Test
    void afterAnAmendmentTheDepartureCountsFromTheNewDecision() {
        var amended = aDelegation().withMembers(HEAD).build();
        fixture.given(approvedThen(new DelegationAmended(ID, amended, AMENDMENT)))
                .when(new RecordDepartureCommand(ID, null, LocalDate.of(2027, 2, 28)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DECISION, "departedOn"));
    }

    @Test
    void onlyAnApprovedDelegationLeaves() {
        fixture.given(new DelegationDrafted(ID, SKHDT, DETAILS), new DelegationSubmitted(ID))
                .when(new RecordDepartureCommand(ID, null, DEPARTED_ON), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
        fixture.given(departedThen())
                .when(new RecordDepartureCommand(ID, null, DEPARTED_ON), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aDepartureNeedsItsDate() {
        fixture.given(approvedThen())
                .when(new RecordDepartureCommand(ID, null, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "departedOn"));
    }

    @Test
    void anotherAgencysOfficerCannotRecordTheTrip() {
        fixture.given(approvedThen())
                .when(new RecordDepartureCommand(ID, null, DEPARTED_ON), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
        fixture.given(departedThen())
                .when(new RecordReturnCommand(ID, null, RETURNED_ON, REPORT_DUE, PASSPORTS_DUE), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
        fixture.given(returnedThen())
                .when(new FilePostTripReportCommand(ID, null, "a", "b"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void theReturnFixesTheReportAndPassportDueDates() {
        fixture.given(departedThen())
                .when(new RecordReturnCommand(ID, 4L, RETURNED_ON, REPORT_DUE, PASSPORTS_DUE), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationReturned(ID, RETURNED_ON, REPORT_DUE, PASSPORTS_DUE))
                .expectResultMessagePayload(5L);
    }

    @Test
    void aDelegationCannotReturnBeforeItLeft() {
        fixture.given(departedThen())
                .when(new RecordReturnCommand(ID, null, LocalDate.of(2027, 3, 9), REPORT_DUE, PASSPORTS_DUE),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DEPARTURE, "returnedOn"));
    }

    @Test
    void aOneDayTripReturnsTheDayItLeft() {
        fixture.given(departedThen())
                .when(new RecordReturnCommand(ID, null, DEPARTED_ON, REPORT_DUE, PASSPORTS_DUE), OFFICER_OF_SKHDT)
                .expectEvents(new DelegationReturned(ID, DEPARTED_ON, REPORT_DUE, PASSPORTS_DUE));
    }

    @Test
    void onlyADelegationThatLeftReturns() {
        fixture.given(approvedThen())
                .when(new RecordReturnCommand(ID, null, RETURNED_ON, REPORT_DUE, PASSPORTS_DUE), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aStaleVersionIsRefusedAfterApprovalToo() {
        fixture.given(departedThen())
                .when(new RecordReturnCommand(ID, 3L, RETURNED_ON, REPORT_DUE, PASSPORTS_DUE), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    // post-trip report

    @Test
    void anOfficerFilesThePostTripReportAfterTheReturn() {
        fixture.given(returnedThen())
                .when(new FilePostTripReportCommand(ID, 5L, " Ký biên bản ghi nhớ với Izumisano ",
                        "Đạt mục tiêu đề ra"), OFFICER_OF_SKHDT)
                .expectEvents(report())
                .expectResultMessagePayload(6L);
    }

    @Test
    void noReportBeforeTheReturn() {
        fixture.given(departedThen())
                .when(new FilePostTripReportCommand(ID, null, "a", "b"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aReportHasResultsAndAnEvaluation() {
        fixture.given(returnedThen())
                .when(new FilePostTripReportCommand(ID, null, " ", "b"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "results"));
        fixture.given(returnedThen())
                .when(new FilePostTripReportCommand(ID, null, "a", null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "evaluation"));
    }

    @Test
    void theReportIsFiledOnce() {
        fixture.given(returnedThen(report()))
                .when(new FilePostTripReportCommand(ID, null, "a", "b"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // passports

    @Test
    void aPassportIsHandedOutAgainstTheDecisionInForce() {
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, 3L, " Nguyễn Văn An ", "C1234567", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SKHDT)
                .expectEvents(handedOut(HEAD, "C1234567"))
                .expectResultMessagePayload(4L);
        fixture.given(approvedThen(new DelegationAmended(ID, DETAILS, AMENDMENT)))
                .when(new HandOutPassportCommand(ID, null, DIPLOMAT.name(), "D7654321", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SKHDT)
                .expectEvents(new PassportHandedOut(ID, DIPLOMAT.name(), "D7654321", PassportKind.DIPLOMATIC,
                        LocalDate.of(2027, 3, 5), AMENDMENT.number()));
    }

    @Test
    void aMemberJoiningOnTheWayGetsAPassportAfterDeparture() {
        fixture.given(departedThen())
                .when(new HandOutPassportCommand(ID, null, DIPLOMAT.name(), "D7654321", LocalDate.of(2027, 3, 11)),
                        OFFICER_OF_SKHDT)
                .expectEvents(new PassportHandedOut(ID, DIPLOMAT.name(), "D7654321", PassportKind.DIPLOMATIC,
                        LocalDate.of(2027, 3, 11), DECISION.number()));
    }

    @Test
    void onlyMembersAsDecidedGetAPassport() {
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, null, "Người Lạ", "C1111111", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.MEMBER_NOT_IN_DELEGATION, "memberName"));
    }

    @Test
    void ordinaryPassportsAreNotHandedOut() {
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, null, INTERPRETER.name(), "B1111111", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PASSPORT_NOT_MANAGED, "memberName"));
    }

    @Test
    void aPassportOutIsNotHandedOutAgain() {
        fixture.given(approvedThen(handedOut(HEAD, "C1234567")))
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 6)),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PASSPORT_ALREADY_HANDED_OUT));
    }

    @Test
    void aPassportNeedsItsNumberAndDate() {
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), " ", LocalDate.of(2027, 3, 5)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "passportNumber"));
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "handedOutOn"));
    }

    @Test
    void noPassportIsHandedOutBeforeTheDecision() {
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", LocalDate.of(2027, 2, 1)),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DECISION, "handedOutOn"));
        fixture.given(new DelegationDrafted(ID, SKHDT, DETAILS), new DelegationSubmitted(ID))
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void noPassportIsHandedOutAfterTheReturnOrWhilePostponed() {
        fixture.given(returnedThen())
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", RETURNED_ON), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
        fixture.given(approvedThen(new DelegationPostponed(ID, null, null, "Lùi lịch", POSTPONEMENT)))
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anotherAgencysOfficerCannotHandPassportsOutOrBack() {
        fixture.given(approvedThen())
                .when(new HandOutPassportCommand(ID, null, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 5)),
                        OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
        fixture.given(returnedThen(handedOut(HEAD, "C1234567")))
                .when(new HandBackPassportCommand(ID, null, HEAD.name(), LocalDate.of(2027, 3, 16)), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aPassportIsHandedBack() {
        fixture.given(returnedThen(handedOut(HEAD, "C1234567")))
                .when(new HandBackPassportCommand(ID, 6L, HEAD.name(), LocalDate.of(2027, 3, 16)), OFFICER_OF_SKHDT)
                .expectEvents(new PassportHandedBack(ID, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 16)))
                .expectResultMessagePayload(7L);
    }

    @Test
    void onlyAPassportHandedOutIsHandedBack() {
        fixture.given(returnedThen())
                .when(new HandBackPassportCommand(ID, null, HEAD.name(), LocalDate.of(2027, 3, 16)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PASSPORT_NOT_HANDED_OUT, "memberName"));
        fixture.given(returnedThen(handedOut(HEAD, "C1234567"),
                        new PassportHandedBack(ID, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 16))))
                .when(new HandBackPassportCommand(ID, null, HEAD.name(), LocalDate.of(2027, 3, 17)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PASSPORT_NOT_HANDED_OUT, "memberName"));
    }

    @Test
    void aPassportIsNotHandedBackBeforeItWasHandedOut() {
        fixture.given(approvedThen(handedOut(HEAD, "C1234567")))
                .when(new HandBackPassportCommand(ID, null, HEAD.name(), LocalDate.of(2027, 3, 4)), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "handedBackOn"));
    }

    @Test
    void passportsOfACancelledTripAreStillHandedBack() {
        fixture.given(approvedThen(handedOut(HEAD, "C1234567"), new DelegationCancelled(ID, "Đối tác hủy")))
                .when(new HandBackPassportCommand(ID, null, HEAD.name(), LocalDate.of(2027, 3, 8)), OFFICER_OF_SKHDT)
                .expectEvents(new PassportHandedBack(ID, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 8)));
    }

    @Test
    void aMemberDroppedByAnAmendmentStillHandsThePassportBack() {
        var withoutDiplomat = aDelegation().withMembers(HEAD).build();
        fixture.given(approvedThen(handedOut(DIPLOMAT, "D7654321"),
                        new DelegationAmended(ID, withoutDiplomat, AMENDMENT)))
                .when(new HandBackPassportCommand(ID, null, DIPLOMAT.name(), LocalDate.of(2027, 3, 8)),
                        OFFICER_OF_SKHDT)
                .expectEvents(new PassportHandedBack(ID, DIPLOMAT.name(), "D7654321", LocalDate.of(2027, 3, 8)));
    }

    // closing

    @Test
    void aReportedDelegationWithEveryPassportBackIsClosed() {
        fixture.given(returnedThen(handedOut(HEAD, "C1234567"),
                        new PassportHandedBack(ID, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 16)), report()))
                .when(new CloseDelegationCommand(ID, 8L), LEADER)
                .expectEvents(new DelegationClosed(ID))
                .expectResultMessagePayload(9L);
    }

    @Test
    void aDelegationWithPassportsOutIsNotClosed() {
        fixture.given(returnedThen(handedOut(HEAD, "C1234567"), handedOut(DIPLOMAT, "D7654321"),
                        new PassportHandedBack(ID, HEAD.name(), "C1234567", LocalDate.of(2027, 3, 16)), report()))
                .when(new CloseDelegationCommand(ID, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.PASSPORTS_OUTSTANDING));
    }

    @Test
    void aDelegationIsClosedOnlyOnceReported() {
        fixture.given(returnedThen())
                .when(new CloseDelegationCommand(ID, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
        fixture.given(returnedThen(report(), new DelegationClosed(ID)))
                .when(new CloseDelegationCommand(ID, null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }
}
