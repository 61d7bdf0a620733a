package vn.foreignaffairs.registry.agency;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyDissolved;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyMergedInto;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.AgencyRenamed;
import vn.foreignaffairs.registry.api.agency.DissolveAgencyCommand;
import vn.foreignaffairs.registry.api.agency.MergeAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RenameAgencyCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;

class AgencyTest {

    private static final AgencyCode SCT = new AgencyCode("SCT");
    private static final AgencyCode SKHDT = new AgencyCode("SKHDT");
    private static final AgencyCode STC = new AgencyCode("STC");
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final String DECISION = "12/QĐ-UBND";
    private static final String REASON = "Sắp xếp tổ chức bộ máy";

    private static final AgencyRegistered SKHDT_REGISTERED = new AgencyRegistered(SKHDT, "Sở Kế hoạch và Đầu tư",
            "Department of Planning and Investment", AgencyKind.DEPARTMENT);
    private static final AgencyMergedInto SKHDT_MERGED = new AgencyMergedInto(SKHDT, STC, JULY_1, DECISION, REASON);
    private static final AgencyDissolved SKHDT_DISSOLVED = new AgencyDissolved(SKHDT, JULY_1, DECISION, REASON);

    private AggregateTestFixture<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
    }

    private static RenameAgencyCommand rename(String name, String nameEn, LocalDate effective, String decision,
                                              String reason) {
        return new RenameAgencyCommand(SKHDT, name, nameEn, effective, decision, reason, null);
    }

    private static RenameAgencyCommand rename() {
        return rename("Sở Kế hoạch, Đầu tư và Hợp tác", "Department of Planning, Investment and Cooperation",
                JULY_1, DECISION, REASON);
    }

    private static MergeAgencyCommand merge(AgencyCode into, LocalDate effective, String decision, String reason) {
        return new MergeAgencyCommand(SKHDT, into, effective, decision, reason, null);
    }

    private static DissolveAgencyCommand dissolve(LocalDate effective, String decision, String reason) {
        return new DissolveAgencyCommand(SKHDT, effective, decision, reason, null);
    }

    @Test
    void anAgencyIsRegisteredWithItsNamesAndKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(SCT, "Sở Công Thương", "Department of Industry and Trade",
                        AgencyKind.DEPARTMENT))
                .expectEvents(new AgencyRegistered(SCT, "Sở Công Thương", "Department of Industry and Trade",
                        AgencyKind.DEPARTMENT));
    }

    @Test
    void anAgencyNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(SCT, " ", null, AgencyKind.DEPARTMENT))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "name"));
    }

    @Test
    void anAgencyNeedsAKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(SCT, "Sở Công Thương", null, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "kind"));
    }

    // đổi tên

    @Test
    void anAgencyIsRenamedFromADateByADecision() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename(" Sở Kế hoạch, Đầu tư và Hợp tác ", "Department of Planning, Investment and Cooperation",
                        JULY_1, " 12/QĐ-UBND ", " Sắp xếp tổ chức bộ máy "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgencyRenamed(SKHDT, "Sở Kế hoạch, Đầu tư và Hợp tác",
                        "Department of Planning, Investment and Cooperation", JULY_1, DECISION, REASON))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aRenameNeedsTheNewName() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename(" ", "Department X", JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "newName"));
    }

    @Test
    void aRenameToTheNamesItAlreadyBearsIsRefused() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename("Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "newName"));
    }

    @Test
    void aRenameOfTheEnglishNameAloneIsARename() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename("Sở Kế hoạch và Đầu tư", "Department of Planning & Investment", JULY_1, DECISION, REASON))
                .expectEvents(new AgencyRenamed(SKHDT, "Sở Kế hoạch và Đầu tư", "Department of Planning & Investment",
                        JULY_1, DECISION, REASON));
    }

    @Test
    void aRenameNeedsAnEffectiveDate() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename("Sở Mới", null, null, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "effectiveDate"));
    }

    @Test
    void aRenameNeedsTheDecisionThatMadeIt() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename("Sở Mới", null, JULY_1, " ", REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionReference"));
    }

    @Test
    void aRenameNeedsAReason() {
        fixture.given(SKHDT_REGISTERED)
                .when(rename("Sở Mới", null, JULY_1, DECISION, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheCurrentNameDid() {
        fixture.given(SKHDT_REGISTERED, new AgencyRenamed(SKHDT, "Sở Mới", null, JULY_1, DECISION, REASON))
                .when(dissolve(JULY_1.minusDays(1), DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "effectiveDate"));
    }

    @Test
    void anAgencyMayBeRenamedAgainOnTheSameDay() {
        fixture.given(SKHDT_REGISTERED, new AgencyRenamed(SKHDT, "Sở Mới", null, JULY_1, DECISION, REASON))
                .when(rename("Sở Mới hơn", null, JULY_1, "13/QĐ-UBND", "Sửa tên"))
                .expectEvents(new AgencyRenamed(SKHDT, "Sở Mới hơn", null, JULY_1, "13/QĐ-UBND", "Sửa tên"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void renamingAnUnregisteredAgencyFindsNothing() {
        fixture.givenNoPriorActivity()
                .when(rename())
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    // sáp nhập

    @Test
    void anAgencyIsMergedIntoItsSuccessor() {
        fixture.given(SKHDT_REGISTERED)
                .when(merge(STC, JULY_1, DECISION, REASON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SKHDT_MERGED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAgencyCannotBeMergedIntoItself() {
        fixture.given(SKHDT_REGISTERED)
                .when(merge(SKHDT, JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "intoCode"));
    }

    @Test
    void aMergerNamesTheSuccessor() {
        fixture.given(SKHDT_REGISTERED)
                .when(merge(null, JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "intoCode"));
    }

    @Test
    void aMergerNeedsAnEffectiveDate() {
        fixture.given(SKHDT_REGISTERED)
                .when(merge(STC, null, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "effectiveDate"));
    }

    @Test
    void aMergerNeedsTheDecisionThatMadeIt() {
        fixture.given(SKHDT_REGISTERED)
                .when(merge(STC, JULY_1, null, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionReference"));
    }

    @Test
    void aMergerNeedsAReason() {
        fixture.given(SKHDT_REGISTERED)
                .when(merge(STC, JULY_1, DECISION, "  "))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    // giải thể

    @Test
    void anAgencyIsDissolved() {
        fixture.given(SKHDT_REGISTERED)
                .when(dissolve(JULY_1, DECISION, REASON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SKHDT_DISSOLVED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void aDissolutionNeedsAnEffectiveDate() {
        fixture.given(SKHDT_REGISTERED)
                .when(dissolve(null, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "effectiveDate"));
    }

    @Test
    void aDissolutionNeedsTheDecisionThatMadeIt() {
        fixture.given(SKHDT_REGISTERED)
                .when(dissolve(JULY_1, "", REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DECISION_REQUIRED, "decisionReference"));
    }

    @Test
    void aDissolutionNeedsAReason() {
        fixture.given(SKHDT_REGISTERED)
                .when(dissolve(JULY_1, DECISION, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    // a merged or dissolved agency changes no more

    @Test
    void aMergedAgencyCannotBeRenamed() {
        fixture.given(SKHDT_REGISTERED, SKHDT_MERGED)
                .when(rename())
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_INACTIVE));
    }

    @Test
    void aMergedAgencyCannotBeMergedAgain() {
        fixture.given(SKHDT_REGISTERED, SKHDT_MERGED)
                .when(merge(SCT, JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_INACTIVE));
    }

    @Test
    void aMergedAgencyCannotBeDissolved() {
        fixture.given(SKHDT_REGISTERED, SKHDT_MERGED)
                .when(dissolve(JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_INACTIVE));
    }

    @Test
    void aDissolvedAgencyCannotBeRenamed() {
        fixture.given(SKHDT_REGISTERED, SKHDT_DISSOLVED)
                .when(rename())
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_INACTIVE));
    }

    @Test
    void aDissolvedAgencyCannotBeMerged() {
        fixture.given(SKHDT_REGISTERED, SKHDT_DISSOLVED)
                .when(merge(STC, JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_INACTIVE));
    }

    @Test
    void aDissolvedAgencyCannotBeDissolvedAgain() {
        fixture.given(SKHDT_REGISTERED, SKHDT_DISSOLVED)
                .when(dissolve(JULY_1, DECISION, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.AGENCY_INACTIVE));
    }

    // optimistic concurrency

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        fixture.given(SKHDT_REGISTERED, new AgencyRenamed(SKHDT, "Sở Mới", null, JULY_1, DECISION, REASON))
                .when(new MergeAgencyCommand(SKHDT, STC, JULY_1, DECISION, REASON, 1L))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }

    @Test
    void aChangeBasedOnTheCurrentVersionGoesAhead() {
        fixture.given(SKHDT_REGISTERED)
                .when(new DissolveAgencyCommand(SKHDT, JULY_1, DECISION, REASON, 1L))
                .expectEvents(SKHDT_DISSOLVED);
    }
}
