package vn.foreignaffairs.registry.agreement;

import static vn.foreignaffairs.registry.support.AgreementDetailsBuilder.anAgreement;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agreement.AgreementAmended;
import vn.foreignaffairs.registry.api.agreement.AgreementApproved;
import vn.foreignaffairs.registry.api.agreement.AgreementDecision;
import vn.foreignaffairs.registry.api.agreement.AgreementDetails;
import vn.foreignaffairs.registry.api.agreement.AgreementEnteredIntoForce;
import vn.foreignaffairs.registry.api.agreement.AgreementExtended;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.agreement.AgreementKind;
import vn.foreignaffairs.registry.api.agreement.AgreementOpinionRecorded;
import vn.foreignaffairs.registry.api.agreement.AgreementProposed;
import vn.foreignaffairs.registry.api.agreement.AgreementRefused;
import vn.foreignaffairs.registry.api.agreement.AgreementResumed;
import vn.foreignaffairs.registry.api.agreement.AgreementSentForConsultation;
import vn.foreignaffairs.registry.api.agreement.AgreementSigned;
import vn.foreignaffairs.registry.api.agreement.AgreementSigning;
import vn.foreignaffairs.registry.api.agreement.AgreementSigningReported;
import vn.foreignaffairs.registry.api.agreement.AgreementSuspended;
import vn.foreignaffairs.registry.api.agreement.AgreementTerm;
import vn.foreignaffairs.registry.api.agreement.AgreementTerminated;
import vn.foreignaffairs.registry.api.agreement.AgreementTransferred;
import vn.foreignaffairs.registry.api.agreement.AgreementWithdrawn;
import vn.foreignaffairs.registry.api.agreement.AmendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ApproveAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ExtendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.FileImplementationReportCommand;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;
import vn.foreignaffairs.registry.api.agreement.ImplementationReport;
import vn.foreignaffairs.registry.api.agreement.ImplementationReportFiled;
import vn.foreignaffairs.registry.api.agreement.Opinion;
import vn.foreignaffairs.registry.api.agreement.ProposeAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.RecordAgreementEntryIntoForceCommand;
import vn.foreignaffairs.registry.api.agreement.RecordAgreementOpinionCommand;
import vn.foreignaffairs.registry.api.agreement.RefuseAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ReportAgreementSigningCommand;
import vn.foreignaffairs.registry.api.agreement.ResumeAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.SendAgreementForConsultationCommand;
import vn.foreignaffairs.registry.api.agreement.SignAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.Signatory;
import vn.foreignaffairs.registry.api.agreement.SignatorySide;
import vn.foreignaffairs.registry.api.agreement.SigningReport;
import vn.foreignaffairs.registry.api.agreement.SuspendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.TerminateAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.TransferAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.WithdrawFromAgreementCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;

/** The rules of an international agreement's life, one per test (DOMAIN.md, Law 70/2020). */
class AgreementTest {

    private static final AgreementId ID = new AgreementId("agr-1");
    private static final AgencyCode SDL = new AgencyCode("SDL");
    private static final AgencyCode PROVINCE = new AgencyCode("UBND-TINH");
    private static final AgreementDetails DETAILS = anAgreement().build();

    private static final LocalDate REQUESTED_ON = LocalDate.of(2027, 3, 1);
    private static final LocalDate ANSWER_DUE = LocalDate.of(2027, 3, 10);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2027, 3, 5);
    private static final AgreementDecision APPROVAL = decision("120/QĐ-UBND", LocalDate.of(2027, 3, 20));
    private static final LocalDate SIGNED_ON = LocalDate.of(2027, 4, 2);
    private static final LocalDate REPORT_DUE = LocalDate.of(2027, 4, 17);
    private static final LocalDate IN_FORCE_FROM = LocalDate.of(2027, 4, 10);
    private static final LocalDate LAST_DAY = LocalDate.of(2032, 4, 9);
    private static final List<Signatory> BOTH_SIDES = List.of(
            new Signatory(SignatorySide.VIETNAMESE, "Lê Văn Dũng", "Giám đốc Sở Du lịch"),
            new Signatory(SignatorySide.FOREIGN, "Chiyomatsu Hiroyuki", "Thị trưởng thành phố Izumisano"));
    private static final AgreementSigning SIGNING = new AgreementSigning(SIGNED_ON, "Izumisano, Osaka", BOTH_SIDES);

    private static final Map<String, Object> OFFICER_OF_SDL =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SDL", AuditMetadata.ACTOR, "officer-sdl");
    private static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");
    private static final Map<String, Object> OFFICER_OF_PROVINCE = Map.of(AuditMetadata.ROLE, "OFFICER",
            AuditMetadata.AGENCY, "UBND-TINH", AuditMetadata.ACTOR, "officer-tinh");
    private static final Map<String, Object> REVIEWER =
            Map.of(AuditMetadata.ROLE, "REVIEWER", AuditMetadata.AGENCY, "SNGV", AuditMetadata.ACTOR, "reviewer");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
    }

    private static AgreementDecision decision(String number, LocalDate date) {
        return new AgreementDecision(number, date, "Phạm Quốc Dũng");
    }

    private static AgreementProposed proposed() {
        return proposed(DETAILS);
    }

    private static AgreementProposed proposed(AgreementDetails details) {
        return new AgreementProposed(ID, SDL, details);
    }

    private static AgreementSentForConsultation sentTo(String... agencies) {
        return new AgreementSentForConsultation(ID, List.of(agencies), REQUESTED_ON, ANSWER_DUE);
    }

    private static AgreementOpinionRecorded answered(String agency, Opinion opinion) {
        return new AgreementOpinionRecorded(ID, agency, opinion, opinion == Opinion.DISAGREE ? "Chưa phù hợp" : null,
                ANSWERED_ON);
    }

    private static AgreementApproved approved() {
        return new AgreementApproved(ID, APPROVAL, List.of(), null);
    }

    private static AgreementSigned signed() {
        return new AgreementSigned(ID, SIGNING, REPORT_DUE);
    }

    private static AgreementEnteredIntoForce inForce() {
        return new AgreementEnteredIntoForce(ID, IN_FORCE_FROM, LAST_DAY);
    }

    /** Every event up to and including the agreement entering into force with a five-year term. */
    private static Object[] uptoInForce() {
        return new Object[] {proposed(), sentTo("SNGV", "CA"), answered("SNGV", Opinion.AGREE),
            answered("CA", Opinion.AGREE), approved(), signed(), inForce()};
    }

    private static Object[] uptoSigned() {
        return new Object[] {proposed(), sentTo("SNGV"), answered("SNGV", Opinion.AGREE), approved(), signed()};
    }

    private static Object[] uptoApproved() {
        return new Object[] {proposed(), sentTo("SNGV"), answered("SNGV", Opinion.AGREE), approved()};
    }

    // Proposal: what the agreement is about, in whose name

    @Test
    void anOfficerProposesAnAgreementInTheirAgencysName() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, DETAILS), OFFICER_OF_SDL)
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed());
    }

    @Test
    void anOfficerCannotProposeInAnotherAgencysName() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, DETAILS), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void anAgreementNeedsItsTitle() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, anAgreement().titled(" ").build()), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "title"));
    }

    @Test
    void anAgreementNeedsItsKind() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, anAgreement().ofKind(null).build()), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "kind"));
    }

    @Test
    void aForeignPartyNeedsItsCountry() {
        var details = anAgreement().with(new ForeignParty(null, "KOTRA", null)).build();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, details), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParty.countryCode"));
    }

    @Test
    void aForeignPartyNeedsAnOrganisationOrALocality() {
        var details = anAgreement().with(new ForeignParty("LA", " ", null)).build();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, details), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "foreignParty.organisation"));
    }

    @Test
    void aLocalityAloneNamesTheForeignParty() {
        var details = anAgreement().with(new ForeignParty("LA", null, "Champasak")).build();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, details), OFFICER_OF_SDL)
                .expectEvents(proposed(details));
    }

    @Test
    void anAgreementNeedsAFieldOfCooperation() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, anAgreement().inFields().build()), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "fieldsOfCooperation"));
    }

    @Test
    void aBlankFieldOfCooperationIsRefused() {
        var details = anAgreement().inFields("Du lịch", " ").build();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, details), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "fieldsOfCooperation[1]"));
    }

    @Test
    void aTermIsAPositiveLength() {
        var details = anAgreement().forTerm(new AgreementTerm(0, 0)).build();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, details), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "term"));
    }

    @Test
    void anAgreementMayHaveNoFixedTerm() {
        var details = anAgreement().ofKind(AgreementKind.LETTER_OF_INTENT).withoutTerm().build();
        fixture.givenNoPriorActivity()
                .when(new ProposeAgreementCommand(ID, SDL, details), OFFICER_OF_SDL)
                .expectEvents(proposed(details));
    }

    // Consultation: the bodies asked, their written opinions (Law 70/2020 art. 19)

    private SendAgreementForConsultationCommand sending(List<String> agencies) {
        return new SendAgreementForConsultationCommand(ID, null, agencies, REQUESTED_ON, ANSWER_DUE);
    }

    private RecordAgreementOpinionCommand opinion(String agency, Opinion opinion, String note, LocalDate on) {
        return new RecordAgreementOpinionCommand(ID, null, agency, opinion, note, on);
    }

    @Test
    void theSigningBodySendsTheProposalForConsultation() {
        fixture.given(proposed())
                .when(sending(List.of("SNGV", "CA")), OFFICER_OF_SDL)
                .expectEvents(sentTo("SNGV", "CA"));
    }

    @Test
    void theDepartmentOfForeignAffairsMaySendItForConsultation() {
        fixture.given(proposed())
                .when(sending(List.of("SNGV")), REVIEWER)
                .expectEvents(sentTo("SNGV"));
    }

    @Test
    void anotherAgencysOfficerCannotSendItForConsultation() {
        fixture.given(proposed())
                .when(sending(List.of("SNGV")), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void moreBodiesMayBeConsultedWhileUnderConsultation() {
        fixture.given(proposed(), sentTo("SNGV"))
                .when(sending(List.of("CA")), OFFICER_OF_SDL)
                .expectEvents(sentTo("CA"));
    }

    @Test
    void aBodyIsNotConsultedTwice() {
        fixture.given(proposed(), sentTo("SNGV"))
                .when(sending(List.of("CA", "SNGV")), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "agencies[1]"));
    }

    @Test
    void aConsultationNamesTheBodiesConsulted() {
        fixture.given(proposed())
                .when(sending(List.of()), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTED_AGENCIES_REQUIRED, "agencies"));
    }

    @Test
    void aRefusedProposalIsNotSentForConsultation() {
        fixture.given(proposed(), new AgreementRefused(ID, "Không phù hợp"))
                .when(sending(List.of("SNGV")), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void theReviewerRecordsAConsultedBodysOpinion() {
        fixture.given(proposed(), sentTo("SNGV", "CA"))
                .when(opinion("CA", Opinion.AGREE, null, ANSWERED_ON), REVIEWER)
                .expectEvents(answered("CA", Opinion.AGREE));
    }

    @Test
    void anOpinionOfABodyNotConsultedIsRefused() {
        fixture.given(proposed(), sentTo("SNGV"))
                .when(opinion("SCT", Opinion.AGREE, null, ANSWERED_ON), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_NOT_CONSULTED, "agency"));
    }

    @Test
    void aDisagreementNeedsItsReasons() {
        fixture.given(proposed(), sentTo("SNGV"))
                .when(opinion("SNGV", Opinion.DISAGREE, " ", ANSWERED_ON), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "note"));
    }

    @Test
    void anAnswerCannotComeBeforeTheQuestion() {
        fixture.given(proposed(), sentTo("SNGV"))
                .when(opinion("SNGV", Opinion.AGREE, null, REQUESTED_ON.minusDays(1)), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "answeredOn"));
    }

    @Test
    void noOpinionIsRecordedBeforeTheProposalIsSentForConsultation() {
        fixture.given(proposed())
                .when(opinion("SNGV", Opinion.AGREE, null, ANSWERED_ON), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // Decision: approval or refusal

    private ApproveAgreementCommand approving(String overrideReason) {
        return new ApproveAgreementCommand(ID, null, APPROVAL, overrideReason);
    }

    @Test
    void leadershipApprovesOnceEveryConsultedBodyAnswered() {
        fixture.given(proposed(), sentTo("SNGV", "CA"), answered("SNGV", Opinion.AGREE),
                        answered("CA", Opinion.AGREE))
                .when(approving(null))
                .expectEvents(approved());
    }

    @Test
    void approvingBeforeConsultationIsRefused() {
        fixture.given(proposed())
                .when(approving(null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void approvingBeforeEveryConsultedBodyAnsweredIsRefused() {
        fixture.given(proposed(), sentTo("SNGV", "CA"), answered("SNGV", Opinion.AGREE))
                .when(approving(null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.CONSULTATION_INCOMPLETE));
    }

    @Test
    void approvingOverADisagreementNeedsTheReasons() {
        fixture.given(proposed(), sentTo("SNGV", "CA"), answered("SNGV", Opinion.AGREE),
                        answered("CA", Opinion.DISAGREE))
                .when(approving(" "))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.OVERRIDE_REASON_REQUIRED, "overrideReason"));
    }

    @Test
    void aDisagreementIsOverriddenWithReasons() {
        fixture.given(proposed(), sentTo("SNGV", "CA"), answered("SNGV", Opinion.AGREE),
                        answered("CA", Opinion.DISAGREE))
                .when(approving(" Đã tiếp thu ý kiến Công an tỉnh "))
                .expectEvents(new AgreementApproved(ID, APPROVAL, List.of("CA"), "Đã tiếp thu ý kiến Công an tỉnh"));
    }

    @Test
    void aBodysLatestOpinionCounts() {
        fixture.given(proposed(), sentTo("CA"), answered("CA", Opinion.DISAGREE), answered("CA", Opinion.AGREE))
                .when(approving(null))
                .expectEvents(approved());
    }

    @Test
    void anApprovalNeedsItsDecision() {
        fixture.given(proposed(), sentTo("SNGV"), answered("SNGV", Opinion.AGREE))
                .when(new ApproveAgreementCommand(ID, null, decision(" ", LocalDate.of(2027, 3, 20)), null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void leadershipRefusesAProposalWithItsReason() {
        fixture.given(proposed(), sentTo("SNGV"))
                .when(new RefuseAgreementCommand(ID, null, " Đối tác chưa đủ năng lực "))
                .expectEvents(new AgreementRefused(ID, "Đối tác chưa đủ năng lực"));
    }

    @Test
    void aRefusalNeedsAReason() {
        fixture.given(proposed())
                .when(new RefuseAgreementCommand(ID, null, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void anApprovedAgreementIsNotRefused() {
        fixture.given(uptoApproved())
                .when(new RefuseAgreementCommand(ID, null, "Đổi ý"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aWriteBasedOnAnOlderVersionIsRefused() {
        fixture.given(proposed(), sentTo("SNGV"), answered("SNGV", Opinion.AGREE))
                .when(new ApproveAgreementCommand(ID, 2L, APPROVAL, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    // Signing: when, where, by whom on both sides

    private SignAgreementCommand signing(AgreementSigning signing) {
        return new SignAgreementCommand(ID, null, signing, REPORT_DUE);
    }

    @Test
    void theSigningBodySignsTheApprovedAgreement() {
        fixture.given(uptoApproved())
                .when(signing(new AgreementSigning(SIGNED_ON, " Izumisano, Osaka ", BOTH_SIDES)), OFFICER_OF_SDL)
                .expectEvents(signed());
    }

    @Test
    void anotherAgencysOfficerCannotSign() {
        fixture.given(uptoApproved())
                .when(signing(SIGNING), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void anAgreementIsSignedOnlyOnceApproved() {
        fixture.given(proposed(), sentTo("SNGV"), answered("SNGV", Opinion.AGREE))
                .when(signing(SIGNING), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void signingBeforeTheApprovingDecisionIsRefused() {
        var early = new AgreementSigning(APPROVAL.date().minusDays(1), "Osaka", BOTH_SIDES);
        fixture.given(uptoApproved())
                .when(signing(early), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATE_BEFORE_DECISION, "signedOn"));
    }

    @Test
    void bothSidesSign() {
        var oneSide = new AgreementSigning(SIGNED_ON, "Osaka", List.of(BOTH_SIDES.get(0)));
        fixture.given(uptoApproved())
                .when(signing(oneSide), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.SIGNATORIES_REQUIRED, "signatories"));
    }

    @Test
    void eachSignatoryIsNamed() {
        var unnamed = new AgreementSigning(SIGNED_ON, "Osaka", List.of(
                new Signatory(SignatorySide.VIETNAMESE, " ", "Giám đốc"), BOTH_SIDES.get(1)));
        fixture.given(uptoApproved())
                .when(signing(unnamed), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "signatories[0].name"));
    }

    @Test
    void theSigningNamesItsPlace() {
        fixture.given(uptoApproved())
                .when(signing(new AgreementSigning(SIGNED_ON, null, BOTH_SIDES)), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "place"));
    }

    // The report to the Prime Minister, copied to the Ministry of Foreign Affairs

    private ReportAgreementSigningCommand reporting(String number, LocalDate sentOn) {
        return new ReportAgreementSigningCommand(ID, null, new SigningReport(number, sentOn));
    }

    @Test
    void theSigningBodyReportsTheSignedAgreement() {
        fixture.given(uptoSigned())
                .when(reporting(" 45/BC-SDL ", SIGNED_ON.plusDays(10)), OFFICER_OF_SDL)
                .expectEvents(new AgreementSigningReported(ID, new SigningReport("45/BC-SDL",
                        SIGNED_ON.plusDays(10))));
    }

    @Test
    void aLateReportIsStillRecorded() {
        fixture.given(uptoInForce())
                .when(reporting("45/BC-SDL", REPORT_DUE.plusDays(30)), OFFICER_OF_SDL)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSigningIsReportedOnce() {
        fixture.given(proposed(), sentTo("SNGV"), answered("SNGV", Opinion.AGREE), approved(), signed(),
                        new AgreementSigningReported(ID, new SigningReport("45/BC-SDL", SIGNED_ON)))
                .when(reporting("46/BC-SDL", SIGNED_ON.plusDays(1)), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aReportCannotPrecedeTheSigning() {
        fixture.given(uptoSigned())
                .when(reporting("45/BC-SDL", SIGNED_ON.minusDays(1)), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "sentOn"));
    }

    @Test
    void aReportNeedsItsNumber() {
        fixture.given(uptoSigned())
                .when(reporting(" ", SIGNED_ON), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "documentNumber"));
    }

    @Test
    void anUnsignedAgreementIsNotReported() {
        fixture.given(uptoApproved())
                .when(reporting("45/BC-SDL", SIGNED_ON), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    // In force: the term, and reports on the implementation

    private FileImplementationReportCommand reporting(LocalDate on, String summary) {
        return new FileImplementationReportCommand(ID, null, new ImplementationReport("Năm 2027", on, summary));
    }

    @Test
    void theTermRunsFromEntryIntoForce() {
        fixture.given(uptoSigned())
                .when(new RecordAgreementEntryIntoForceCommand(ID, null, IN_FORCE_FROM), OFFICER_OF_SDL)
                .expectEvents(inForce());
    }

    @Test
    void anAgreementWithoutFixedTermHasNoLastDay() {
        fixture.given(proposed(anAgreement().withoutTerm().build()), sentTo("SNGV"),
                        answered("SNGV", Opinion.AGREE), approved(), signed())
                .when(new RecordAgreementEntryIntoForceCommand(ID, null, IN_FORCE_FROM), OFFICER_OF_SDL)
                .expectEvents(new AgreementEnteredIntoForce(ID, IN_FORCE_FROM, null));
    }

    @Test
    void aTermInMonthsEndsTheDayBeforeTheSameDateLater() {
        fixture.given(proposed(anAgreement().forTerm(new AgreementTerm(1, 6)).build()), sentTo("SNGV"),
                        answered("SNGV", Opinion.AGREE), approved(), signed())
                .when(new RecordAgreementEntryIntoForceCommand(ID, null, IN_FORCE_FROM), OFFICER_OF_SDL)
                .expectEvents(new AgreementEnteredIntoForce(ID, IN_FORCE_FROM, LocalDate.of(2028, 10, 9)));
    }

    @Test
    void anAgreementDoesNotEnterIntoForceBeforeItIsSigned() {
        fixture.given(uptoSigned())
                .when(new RecordAgreementEntryIntoForceCommand(ID, null, SIGNED_ON.minusDays(1)), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "inForceFrom"));
    }

    @Test
    void anUnsignedAgreementDoesNotEnterIntoForce() {
        fixture.given(uptoApproved())
                .when(new RecordAgreementEntryIntoForceCommand(ID, null, IN_FORCE_FROM), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void theSigningBodyReportsOnTheImplementation() {
        fixture.given(uptoInForce())
                .when(reporting(LocalDate.of(2027, 12, 15), "Trao đổi 3 đoàn du lịch"), OFFICER_OF_SDL)
                .expectEvents(new ImplementationReportFiled(ID,
                        new ImplementationReport("Năm 2027", LocalDate.of(2027, 12, 15), "Trao đổi 3 đoàn du lịch")));
    }

    @Test
    void aSuspendedAgreementIsStillReportedOn() {
        fixture.given(uptoInForce())
                .andGiven(new AgreementSuspended(ID, decision("9/QĐ-UBND", LocalDate.of(2027, 6, 1)), "Rà soát"))
                .when(reporting(LocalDate.of(2027, 12, 15), "Tạm dừng các hoạt động"), OFFICER_OF_SDL)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAgreementNotYetInForceIsNotReportedOn() {
        fixture.given(uptoSigned())
                .when(reporting(LocalDate.of(2027, 12, 15), "Chưa triển khai"), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void anImplementationReportCannotPrecedeEntryIntoForce() {
        fixture.given(uptoInForce())
                .when(reporting(IN_FORCE_FROM.minusDays(1), "Chuẩn bị"), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "reportedOn"));
    }

    @Test
    void anImplementationReportSaysWhatWasDone() {
        fixture.given(uptoInForce())
                .when(reporting(LocalDate.of(2027, 12, 15), " "), OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "summary"));
    }

    @Test
    void anotherAgencysOfficerCannotReportOnTheImplementation() {
        fixture.given(uptoInForce())
                .when(reporting(LocalDate.of(2027, 12, 15), "Trao đổi đoàn"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    // Decisions after signing: amendment, extension, suspension, withdrawal, termination

    private static final AgreementDecision AMENDING = decision("300/QĐ-UBND", LocalDate.of(2028, 5, 4));

    @Test
    void leadershipAmendsTheAgreementByDecision() {
        fixture.given(uptoInForce())
                .when(new AmendAgreementCommand(ID, null, AMENDING, " Bổ sung lĩnh vực nông nghiệp ",
                        List.of("Du lịch", " Nông nghiệp ")))
                .expectEvents(new AgreementAmended(ID, AMENDING, "Bổ sung lĩnh vực nông nghiệp",
                        List.of("Du lịch", "Nông nghiệp")));
    }

    @Test
    void anAmendmentMayLeaveTheFieldsOfCooperationAsTheyWere() {
        fixture.given(uptoInForce())
                .when(new AmendAgreementCommand(ID, null, AMENDING, "Sửa đổi cơ chế phối hợp", null))
                .expectEvents(new AgreementAmended(ID, AMENDING, "Sửa đổi cơ chế phối hợp", null));
    }

    @Test
    void anAmendmentSaysWhatChanges() {
        fixture.given(uptoInForce())
                .when(new AmendAgreementCommand(ID, null, AMENDING, null, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "summary"));
    }

    @Test
    void eachChangeNeedsItsOwnDecision() {
        fixture.given(uptoInForce())
                .when(new AmendAgreementCommand(ID, null, decision(APPROVAL.number(), LocalDate.of(2028, 5, 4)),
                        "Sửa đổi", null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber"));
    }

    @Test
    void aDecisionOlderThanTheLatestIsRefused() {
        fixture.given(uptoInForce())
                .when(new AmendAgreementCommand(ID, null, decision("300/QĐ-UBND", APPROVAL.date().minusDays(1)),
                        "Sửa đổi", null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NEW_DECISION_REQUIRED, "decisionDate"));
    }

    @Test
    void anExpiredAgreementIsNotAmended() {
        fixture.given(uptoInForce())
                .when(new AmendAgreementCommand(ID, null, decision("300/QĐ-UBND", LAST_DAY.plusDays(1)),
                        "Sửa đổi", null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGREEMENT_EXPIRED, "decisionDate"));
    }

    @Test
    void aDecisionOnTheLastDayIsStillInTime() {
        fixture.given(uptoInForce())
                .when(new ExtendAgreementCommand(ID, null, decision("301/QĐ-UBND", LAST_DAY),
                        LAST_DAY.plusYears(5)))
                .expectEvents(new AgreementExtended(ID, decision("301/QĐ-UBND", LAST_DAY), LAST_DAY,
                        LAST_DAY.plusYears(5)));
    }

    @Test
    void anExpiredAgreementIsNotExtended() {
        fixture.given(uptoInForce())
                .when(new ExtendAgreementCommand(ID, null, decision("301/QĐ-UBND", LAST_DAY.plusDays(1)),
                        LAST_DAY.plusYears(5)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGREEMENT_EXPIRED, "decisionDate"));
    }

    @Test
    void anExtensionEndsAfterTheCurrentLastDay() {
        fixture.given(uptoInForce())
                .when(new ExtendAgreementCommand(ID, null, AMENDING, LAST_DAY))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "newLastDay"));
    }

    @Test
    void anAgreementWithoutFixedTermIsNotExtended() {
        fixture.given(proposed(anAgreement().withoutTerm().build()), sentTo("SNGV"),
                        answered("SNGV", Opinion.AGREE), approved(), signed(),
                        new AgreementEnteredIntoForce(ID, IN_FORCE_FROM, null))
                .when(new ExtendAgreementCommand(ID, null, AMENDING, LAST_DAY))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void leadershipSuspendsAnAgreementInForce() {
        fixture.given(uptoInForce())
                .when(new SuspendAgreementCommand(ID, null, AMENDING, " Đối tác tạm dừng hợp tác "))
                .expectEvents(new AgreementSuspended(ID, AMENDING, "Đối tác tạm dừng hợp tác"));
    }

    @Test
    void aSuspensionNeedsAReason() {
        fixture.given(uptoInForce())
                .when(new SuspendAgreementCommand(ID, null, AMENDING, ""))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void onlyAnAgreementInForceIsSuspended() {
        fixture.given(uptoSigned())
                .when(new SuspendAgreementCommand(ID, null, AMENDING, "Rà soát"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void leadershipResumesASuspendedAgreement() {
        var resuming = decision("320/QĐ-UBND", LocalDate.of(2028, 9, 1));
        fixture.given(uptoInForce())
                .andGiven(new AgreementSuspended(ID, AMENDING, "Rà soát"))
                .when(new ResumeAgreementCommand(ID, null, resuming))
                .expectEvents(new AgreementResumed(ID, resuming));
    }

    @Test
    void onlyASuspendedAgreementIsResumed() {
        fixture.given(uptoInForce())
                .when(new ResumeAgreementCommand(ID, null, AMENDING))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void leadershipWithdrawsFromTheAgreement() {
        fixture.given(uptoInForce())
                .when(new WithdrawFromAgreementCommand(ID, null, AMENDING, "Đối tác giải thể"))
                .expectEvents(new AgreementWithdrawn(ID, AMENDING, "Đối tác giải thể"));
    }

    @Test
    void aWithdrawalNeedsAReason() {
        fixture.given(uptoInForce())
                .when(new WithdrawFromAgreementCommand(ID, null, AMENDING, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void leadershipTerminatesTheAgreement() {
        fixture.given(uptoInForce())
                .when(new TerminateAgreementCommand(ID, null, AMENDING, "Hai bên thỏa thuận chấm dứt"))
                .expectEvents(new AgreementTerminated(ID, AMENDING, "Hai bên thỏa thuận chấm dứt"));
    }

    @Test
    void aTerminationNeedsAReason() {
        fixture.given(uptoInForce())
                .when(new TerminateAgreementCommand(ID, null, AMENDING, " "))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aTerminatedAgreementIsNotEndedAgain() {
        fixture.given(uptoInForce())
                .andGiven(new AgreementTerminated(ID, AMENDING, "Chấm dứt"))
                .when(new WithdrawFromAgreementCommand(ID, null, decision("301/QĐ-UBND", LocalDate.of(2028, 6, 1)),
                        "Rút khỏi"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aChangeNeedsItsDecision() {
        fixture.given(uptoInForce())
                .when(new SuspendAgreementCommand(ID, null, decision("301/QĐ-UBND", null), "Rà soát"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionDate"));
    }

    // Transfer of the agreements of a dissolved district committee (Decree 177/2025)

    private static final AgreementDecision TRANSFERRING = decision("1500/QĐ-UBND", LocalDate.of(2028, 7, 1));

    @Test
    void aSignedAgreementPassesToAnotherBodyByDecision() {
        fixture.given(uptoInForce())
                .when(new TransferAgreementCommand(ID, null, PROVINCE, TRANSFERRING))
                .expectEvents(new AgreementTransferred(ID, SDL, PROVINCE, TRANSFERRING));
    }

    @Test
    void anExpiredAgreementIsTransferredToo() {
        var late = decision("1500/QĐ-UBND", LAST_DAY.plusYears(1));
        fixture.given(uptoInForce())
                .when(new TransferAgreementCommand(ID, null, PROVINCE, late))
                .expectEvents(new AgreementTransferred(ID, SDL, PROVINCE, late));
    }

    @Test
    void anAgreementIsNotTransferredToItsOwnSigningBody() {
        fixture.given(uptoInForce())
                .when(new TransferAgreementCommand(ID, null, SDL, TRANSFERRING))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "toAgency"));
    }

    @Test
    void aProposalIsNotTransferred() {
        fixture.given(proposed())
                .when(new TransferAgreementCommand(ID, null, PROVINCE, TRANSFERRING))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void afterATransferTheNewBodysOfficersAct() {
        var report = new FileImplementationReportCommand(ID, null,
                new ImplementationReport("Năm 2028", LocalDate.of(2028, 12, 1), "Tiếp tục giao lưu"));
        fixture.given(uptoInForce())
                .andGiven(new AgreementTransferred(ID, SDL, PROVINCE, TRANSFERRING))
                .when(report, OFFICER_OF_PROVINCE)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void afterATransferTheFormerBodysOfficersNoLongerAct() {
        var report = new FileImplementationReportCommand(ID, null,
                new ImplementationReport("Năm 2028", LocalDate.of(2028, 12, 1), "Tiếp tục giao lưu"));
        fixture.given(uptoInForce())
                .andGiven(new AgreementTransferred(ID, SDL, PROVINCE, TRANSFERRING))
                .when(report, OFFICER_OF_SDL)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }
}
