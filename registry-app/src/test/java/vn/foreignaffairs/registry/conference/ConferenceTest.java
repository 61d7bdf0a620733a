package vn.foreignaffairs.registry.conference;

import static vn.foreignaffairs.registry.support.ConferenceDetailsBuilder.aConference;
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
import vn.foreignaffairs.registry.api.conference.CancelConferenceCommand;
import vn.foreignaffairs.registry.api.conference.ConferenceApplicationSubmitted;
import vn.foreignaffairs.registry.api.conference.ConferenceCancelled;
import vn.foreignaffairs.registry.api.conference.ConferenceDetails;
import vn.foreignaffairs.registry.api.conference.ConferenceDisagreementOverridden;
import vn.foreignaffairs.registry.api.conference.ConferenceDraftRevised;
import vn.foreignaffairs.registry.api.conference.ConferenceDrafted;
import vn.foreignaffairs.registry.api.conference.ConferenceHeld;
import vn.foreignaffairs.registry.api.conference.ConferenceId;
import vn.foreignaffairs.registry.api.conference.ConferenceOpinionRecorded;
import vn.foreignaffairs.registry.api.conference.ConferencePermitted;
import vn.foreignaffairs.registry.api.conference.ConferenceRefused;
import vn.foreignaffairs.registry.api.conference.ConferenceReportFiled;
import vn.foreignaffairs.registry.api.conference.CreateConferenceCommand;
import vn.foreignaffairs.registry.api.conference.FileConferenceReportCommand;
import vn.foreignaffairs.registry.api.conference.LateConferenceApplicationOverridden;
import vn.foreignaffairs.registry.api.conference.Opinion;
import vn.foreignaffairs.registry.api.conference.PermitConferenceCommand;
import vn.foreignaffairs.registry.api.conference.PermitDecision;
import vn.foreignaffairs.registry.api.conference.RecordConferenceHeldCommand;
import vn.foreignaffairs.registry.api.conference.RecordConferenceOpinionCommand;
import vn.foreignaffairs.registry.api.conference.RefuseConferenceCommand;
import vn.foreignaffairs.registry.api.conference.ReviseConferenceDraftCommand;
import vn.foreignaffairs.registry.api.conference.SubmitConferenceApplicationCommand;

/** The rules of an international conference or seminar (Decision 06/2020/QĐ-TTg), one per test. */
class ConferenceTest {

    private static final ConferenceId ID = new ConferenceId("conf-1");
    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final ConferenceDetails DETAILS = aConference().build();
    private static final LocalDate START = DETAILS.startDate();
    private static final LocalDate END = DETAILS.endDate();
    /** 45 days before the start: in time for either lead time. */
    private static final LocalDate IN_TIME = START.minusDays(45);
    /** 20 days before the start: late for either lead time. */
    private static final LocalDate LATE = START.minusDays(20);
    private static final long LEAD_DAYS = 30;
    private static final long PRIME_MINISTER_LEAD_DAYS = 40;
    private static final long CONSULTATION_DAYS = 15;
    private static final long REPORT_DUE_DAYS = 15;
    private static final List<String> CONSULTED = List.of("SNGV", "CA");
    private static final PermitDecision PERMIT =
            new PermitDecision("789/UBND-NV", START.minusDays(10), "Chủ tịch UBND tỉnh");
    private static final Map<String, Object> OFFICER_OF_SKHDT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SKHDT", AuditMetadata.ACTOR, "officer");
    private static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");
    private static final Map<String, Object> REVIEWER =
            Map.of(AuditMetadata.ROLE, "REVIEWER", AuditMetadata.AGENCY, "SNGV", AuditMetadata.ACTOR, "reviewer");
    private static final Map<String, Object> LEADER =
            Map.of(AuditMetadata.ROLE, "LEADERSHIP", AuditMetadata.ACTOR, "leader");

    private AggregateTestFixture<Conference> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conference.class);
    }

    private static ConferenceDrafted drafted() {
        return new ConferenceDrafted(ID, SKHDT, DETAILS);
    }

    private static SubmitConferenceApplicationCommand applyOn(LocalDate submittedOn, List<String> consulted) {
        return new SubmitConferenceApplicationCommand(ID, null, submittedOn, consulted, LEAD_DAYS,
                PRIME_MINISTER_LEAD_DAYS, CONSULTATION_DAYS);
    }

    private static ConferenceApplicationSubmitted submitted(LocalDate submittedOn, boolean late) {
        return new ConferenceApplicationSubmitted(ID, submittedOn, LEAD_DAYS, late, CONSULTED,
                submittedOn.plusDays(CONSULTATION_DAYS));
    }

    private static ConferenceApplicationSubmitted submittedInTime() {
        return submitted(IN_TIME, false);
    }

    private static ConferenceOpinionRecorded agreed(String agency) {
        return new ConferenceOpinionRecorded(ID, agency, Opinion.AGREE, null);
    }

    private static ConferenceOpinionRecorded disagreed(String agency) {
        return new ConferenceOpinionRecorded(ID, agency, Opinion.DISAGREE, "Trùng thời gian với sự kiện khác");
    }

    private static ConferencePermitted permitted() {
        return new ConferencePermitted(ID, PERMIT);
    }

    private static ConferenceHeld held() {
        return new ConferenceHeld(ID, START, END, 110, 25, END.plusDays(REPORT_DUE_DAYS));
    }

    private static PermitConferenceCommand permit(String overrideReason) {
        return new PermitConferenceCommand(ID, null, PERMIT, overrideReason);
    }

    private static RecordConferenceHeldCommand recordHeld(LocalDate start, LocalDate end, int participants,
                                                          int foreignParticipants) {
        return new RecordConferenceHeldCommand(ID, null, start, end, participants, foreignParticipants,
                REPORT_DUE_DAYS);
    }

    // Drafting: what, when, who takes part and who pays

    @Test
    void anOfficerDraftsAConferenceTheirAgencyOrganises() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, DETAILS), OFFICER_OF_SKHDT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted());
    }

    @Test
    void anOfficerCannotDraftForAnotherAgency() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aConferenceEndingBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().held(END, START).build()), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "endDate"));
    }

    @Test
    void aOneDayConferenceIsInOrder() {
        var details = aConference().held(START, START).build();
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceDrafted(ID, SKHDT, details));
    }

    @Test
    void missingDatesAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().held(null, END).build()), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "startDate"));
    }

    @Test
    void aConferenceWithNeitherForeignParticipantsNorForeignFundingIsNotInternational() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().withParticipants(80, 0).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParticipants"));
    }

    @Test
    void foreignFundingAloneMakesAConferenceInternational() {
        var details = aConference().withParticipants(80, 0).fundedBy("JICA").build();
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceDrafted(ID, SKHDT, details));
    }

    @Test
    void aForeignFundedConferenceNamesItsSponsor() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().fundedBy(" ").build()), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignSponsor"));
    }

    @Test
    void foreignParticipantsAreCountedAmongAllParticipants() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().withParticipants(20, 30).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParticipants"));
    }

    @Test
    void aConferenceHasAtLeastOneParticipant() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().withParticipants(0, 0).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "participants"));
    }

    @Test
    void foreignCountriesAreGivenByTheirIsoCodes() {
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, aConference().from("JP", "Korea").build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignCountries[1]"));
    }

    @Test
    void aDraftMayStillLackItsVenueAndContent() {
        var details = aConference().at(null).about(null).build();
        fixture.givenNoPriorActivity()
                .when(new CreateConferenceCommand(ID, SKHDT, details), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceDrafted(ID, SKHDT, details));
    }

    // Revising the draft

    @Test
    void aDraftCanBeRevisedAndReturnsTheNewVersion() {
        var revised = aConference().titled("Hội thảo đầu tư Nhật Bản 2027").build();
        fixture.given(drafted())
                .when(new ReviseConferenceDraftCommand(ID, 1L, revised), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceDraftRevised(ID, revised))
                .expectResultMessagePayload(2L);
    }

    @Test
    void revisionsKeepTheRulesOfCreation() {
        fixture.given(drafted())
                .when(new ReviseConferenceDraftCommand(ID, null, aConference().held(END, START).build()),
                        OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "endDate"));
    }

    @Test
    void anotherAgencysOfficerCannotReviseTheDraft() {
        fixture.given(drafted())
                .when(new ReviseConferenceDraftCommand(ID, null, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void anApplicationIsNoLongerADraft() {
        fixture.given(drafted(), submittedInTime())
                .when(new ReviseConferenceDraftCommand(ID, null, DETAILS), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(drafted(), new ConferenceDraftRevised(ID, DETAILS))
                .when(new ReviseConferenceDraftCommand(ID, 1L, DETAILS), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    // Applying: the lead time is judged on the day the application is filed

    @Test
    void anApplicationFiledInTimeGoesToTheConsultedBodiesWhoAnswerWithinTheirDays() {
        fixture.given(drafted())
                .when(applyOn(IN_TIME, CONSULTED), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceApplicationSubmitted(ID, IN_TIME, 30, false, CONSULTED,
                        IN_TIME.plusDays(15)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anApplicationFiledExactlyTheLeadTimeAheadIsInTime() {
        LocalDate thirtyDaysAhead = START.minusDays(30);
        fixture.given(drafted())
                .when(applyOn(thirtyDaysAhead, CONSULTED), OFFICER_OF_SKHDT)
                .expectEvents(submitted(thirtyDaysAhead, false));
    }

    @Test
    void anApplicationFiledLaterThanTheLeadTimeIsFiledButFlaggedLate() {
        LocalDate twentyNineDaysAhead = START.minusDays(29);
        fixture.given(drafted())
                .when(applyOn(twentyNineDaysAhead, CONSULTED), OFFICER_OF_SKHDT)
                .expectEvents(submitted(twentyNineDaysAhead, true));
    }

    @Test
    void theLeadTimeIsLongerWhenThePrimeMinisterPermits() {
        LocalDate thirtySixDaysAhead = START.minusDays(36);
        fixture.given(new ConferenceDrafted(ID, SKHDT, aConference().permittedByThePrimeMinister().build()))
                .when(applyOn(thirtySixDaysAhead, CONSULTED), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceApplicationSubmitted(ID, thirtySixDaysAhead, 40, true, CONSULTED,
                        thirtySixDaysAhead.plusDays(15)));
    }

    @Test
    void theLeadTimeFollowsTheDetailsAsLastRevised() {
        LocalDate thirtySixDaysAhead = START.minusDays(36);
        fixture.given(drafted(), new ConferenceDraftRevised(ID, aConference().permittedByThePrimeMinister().build()))
                .when(applyOn(thirtySixDaysAhead, CONSULTED), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceApplicationSubmitted(ID, thirtySixDaysAhead, 40, true, CONSULTED,
                        thirtySixDaysAhead.plusDays(15)));
    }

    @Test
    void anApplicationNamesTheBodiesToConsult() {
        fixture.given(drafted())
                .when(applyOn(IN_TIME, List.of()), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTED_AGENCIES_REQUIRED, "consultedAgencies"));
    }

    @Test
    void aBodyNamedTwiceIsConsultedOnce() {
        fixture.given(drafted())
                .when(applyOn(IN_TIME, List.of("SNGV", "CA", "SNGV")), OFFICER_OF_SKHDT)
                .expectEvents(submittedInTime());
    }

    @Test
    void anApplicationNeedsItsVenueAndContent() {
        fixture.given(new ConferenceDrafted(ID, SKHDT, aConference().at(" ").build()))
                .when(applyOn(IN_TIME, CONSULTED), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "venue"));
        fixture.given(new ConferenceDrafted(ID, SKHDT, aConference().about(null).build()))
                .when(applyOn(IN_TIME, CONSULTED), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "content"));
    }

    @Test
    void anotherAgencysOfficerCannotApply() {
        fixture.given(drafted())
                .when(applyOn(IN_TIME, CONSULTED), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void anApplicationIsFiledOnce() {
        fixture.given(drafted(), submittedInTime())
                .when(applyOn(IN_TIME, CONSULTED), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Consultation: the bodies named answer in writing

    @Test
    void theReviewerRecordsAConsultedBodysOpinion() {
        fixture.given(drafted(), submittedInTime())
                .when(new RecordConferenceOpinionCommand(ID, 2L, "SNGV", Opinion.AGREE, " "), REVIEWER)
                .expectEvents(agreed("SNGV"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anOpinionOfABodyNotConsultedIsRefused() {
        fixture.given(drafted(), submittedInTime())
                .when(new RecordConferenceOpinionCommand(ID, null, "SCT", Opinion.AGREE, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_NOT_CONSULTED, "agency"));
    }

    @Test
    void aDisagreementNeedsItsReasons() {
        fixture.given(drafted(), submittedInTime())
                .when(new RecordConferenceOpinionCommand(ID, null, "CA", Opinion.DISAGREE, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "note"));
    }

    @Test
    void opinionsAreRecordedOnlyWhileTheApplicationIsUnderConsultation() {
        fixture.given(drafted())
                .when(new RecordConferenceOpinionCommand(ID, null, "SNGV", Opinion.AGREE, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(new RecordConferenceOpinionCommand(ID, null, "SNGV", Opinion.AGREE, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Permit: once every body answered; a late application or a disagreement needs an override

    @Test
    void aConferenceIsPermittedOnceEveryConsultedBodyAgreed() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"))
                .when(new PermitConferenceCommand(ID, 4L, PERMIT, null), LEADER)
                .expectEvents(permitted())
                .expectResultMessagePayload(5L);
    }

    @Test
    void permittingBeforeEveryConsultedBodyAnsweredIsRefused() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"))
                .when(permit("Cần gấp"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTATION_INCOMPLETE));
    }

    @Test
    void aLateApplicationIsPermittedOnlyWithAnOverrideReason() {
        fixture.given(drafted(), submitted(LATE, true), agreed("SNGV"), agreed("CA"))
                .when(permit("  "), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.APPLICATION_TOO_LATE, "overrideReason"));
    }

    @Test
    void aLateApplicationPermittedWithAReasonRecordsTheOverride() {
        fixture.given(drafted(), submitted(LATE, true), agreed("SNGV"), agreed("CA"))
                .when(permit(" Đối tác Nhật Bản chốt lịch muộn "), LEADER)
                .expectEvents(new LateConferenceApplicationOverridden(ID, LATE, START, LEAD_DAYS,
                        "Đối tác Nhật Bản chốt lịch muộn"), permitted())
                .expectResultMessagePayload(6L);
    }

    @Test
    void aDisagreementIsOverriddenOnlyWithAReason() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), disagreed("CA"))
                .when(permit(null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.OVERRIDE_REASON_REQUIRED));
    }

    @Test
    void aDisagreementOverriddenWithAReasonIsRecorded() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), disagreed("CA"))
                .when(permit("Đã điều chỉnh thời gian theo góp ý"), LEADER)
                .expectEvents(new ConferenceDisagreementOverridden(ID, List.of("CA"),
                        "Đã điều chỉnh thời gian theo góp ý"), permitted());
    }

    @Test
    void theLatestOpinionOfABodyCounts() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), disagreed("CA"), agreed("CA"))
                .when(permit(null), LEADER)
                .expectEvents(permitted());
    }

    @Test
    void anOverrideReasonWithNothingToOverrideIsNotRecorded() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"))
                .when(permit("Không cần"), LEADER)
                .expectEvents(permitted());
    }

    @Test
    void aPermitNeedsItsDecisionNumberAndDate() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"))
                .when(new PermitConferenceCommand(ID, null, new PermitDecision(" ", PERMIT.date(), null), null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionNumber"));
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"))
                .when(new PermitConferenceCommand(ID, null, new PermitDecision("789/UBND-NV", null, null), null),
                        LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void aDraftCannotBePermitted() {
        fixture.given(drafted())
                .when(permit(null), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Refusal and cancellation always say why

    @Test
    void leadershipRefusesAnApplicationWithAReason() {
        fixture.given(drafted(), submittedInTime())
                .when(new RefuseConferenceCommand(ID, 2L, " Nội dung chưa phù hợp "), LEADER)
                .expectEvents(new ConferenceRefused(ID, "Nội dung chưa phù hợp"));
    }

    @Test
    void aRefusalNeedsAReason() {
        fixture.given(drafted(), submittedInTime())
                .when(new RefuseConferenceCommand(ID, null, ""), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aPermittedConferenceCannotBeRefused() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(new RefuseConferenceCommand(ID, null, "Đổi ý"), LEADER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void theOrganiserCancelsAPermittedConferenceWithAReason() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(new CancelConferenceCommand(ID, 5L, "Đối tác hoãn"), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceCancelled(ID, "Đối tác hoãn"));
    }

    @Test
    void aCancellationNeedsAReason() {
        fixture.given(drafted())
                .when(new CancelConferenceCommand(ID, null, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void anotherAgencysOfficerCannotCancel() {
        fixture.given(drafted(), submittedInTime())
                .when(new CancelConferenceCommand(ID, null, "x"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void aConferenceAlreadyHeldCannotBeCancelled() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted(), held())
                .when(new CancelConferenceCommand(ID, null, "Quá muộn"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Held, and the report due some days after it closed

    @Test
    void theOrganiserRecordsThePermittedConferenceAsHeldAndItsReportFallsDue() {
        LocalDate actualEnd = END.plusDays(1);
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(recordHeld(START, actualEnd, 110, 25), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceHeld(ID, START, actualEnd, 110, 25, actualEnd.plusDays(15)))
                .expectResultMessagePayload(6L);
    }

    @Test
    void aConferenceIsHeldOnlyOncePermitted() {
        fixture.given(drafted(), submittedInTime())
                .when(recordHeld(START, END, 110, 25), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void heldDatesOutOfOrderAreRefused() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(recordHeld(END, START, 110, 25), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "endDate"));
    }

    @Test
    void foreignParticipantsWhoTookPartAreCountedAmongAll() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(recordHeld(START, END, 10, 25), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParticipants"));
    }

    @Test
    void anotherAgencysOfficerCannotRecordTheConferenceHeld() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(recordHeld(START, END, 110, 25), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void theOrganiserReportsAfterTheConference() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted(), held())
                .when(new FileConferenceReportCommand(ID, 6L, " Ký 3 biên bản ghi nhớ đầu tư. "), OFFICER_OF_SKHDT)
                .expectEvents(new ConferenceReportFiled(ID, "Ký 3 biên bản ghi nhớ đầu tư."))
                .expectResultMessagePayload(7L);
    }

    @Test
    void aReportSaysWhatTheConferenceAchieved() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted(), held())
                .when(new FileConferenceReportCommand(ID, null, " "), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "results"));
    }

    @Test
    void aReportIsFiledOnlyOnceTheConferenceWasHeld() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted())
                .when(new FileConferenceReportCommand(ID, null, "Kết quả"), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anotherAgencysOfficerCannotReport() {
        fixture.given(drafted(), submittedInTime(), agreed("SNGV"), agreed("CA"), permitted(), held())
                .when(new FileConferenceReportCommand(ID, null, "Kết quả"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }
}
