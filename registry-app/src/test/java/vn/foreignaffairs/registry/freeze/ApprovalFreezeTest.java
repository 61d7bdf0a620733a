package vn.foreignaffairs.registry.freeze;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.freeze.ApprovalFreezeDeclared;
import vn.foreignaffairs.registry.api.freeze.ApprovalFreezeLifted;
import vn.foreignaffairs.registry.api.freeze.DeclareApprovalFreezeCommand;
import vn.foreignaffairs.registry.api.freeze.FreezeId;
import vn.foreignaffairs.registry.api.freeze.FreezeScope;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.freeze.LiftApprovalFreezeCommand;

class ApprovalFreezeTest {

    private static final FreezeId ID = new FreezeId("f-1");
    private static final FreezeScope DEPARTMENTS = new FreezeScope(List.of(), List.of(AgencyKind.DEPARTMENT));
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 7, 1);
    private static final String BASIS = "Kế hoạch 45/KH-UBND (Kon Tum 2025)";

    private AggregateTestFixture<ApprovalFreeze> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApprovalFreeze.class);
    }

    @Test
    void anAdministratorDeclaresAFreeze() {
        fixture.givenNoPriorActivity()
                .when(new DeclareApprovalFreezeCommand(ID, DEPARTMENTS, FROM, UNTIL, "Sắp xếp bộ máy", BASIS))
                .expectEvents(new ApprovalFreezeDeclared(ID, DEPARTMENTS, FROM, UNTIL, "Sắp xếp bộ máy", BASIS));
    }

    @Test
    void aFreezeSaysWhomItCovers() {
        fixture.givenNoPriorActivity()
                .when(new DeclareApprovalFreezeCommand(ID, new FreezeScope(null, null), FROM, UNTIL, "x", BASIS))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.FREEZE_SCOPE_REQUIRED));
    }

    @Test
    void aFreezeCannotEndBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new DeclareApprovalFreezeCommand(ID, DEPARTMENTS, UNTIL, FROM, "x", BASIS))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "until"));
    }

    @Test
    void aFreezeNeedsItsLegalBasis() {
        fixture.givenNoPriorActivity()
                .when(new DeclareApprovalFreezeCommand(ID, DEPARTMENTS, FROM, UNTIL, "x", " "))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "legalBasis"));
    }

    @Test
    void liftingIsAFactOfItsOwn() {
        fixture.given(new ApprovalFreezeDeclared(ID, DEPARTMENTS, FROM, null, "x", BASIS))
                .when(new LiftApprovalFreezeCommand(ID, LocalDate.of(2025, 8, 1), "Bộ máy mới ổn định"))
                .expectEvents(new ApprovalFreezeLifted(ID, LocalDate.of(2025, 8, 1), "Bộ máy mới ổn định"));
    }

    @Test
    void aFreezeIsLiftedOnce() {
        fixture.given(new ApprovalFreezeDeclared(ID, DEPARTMENTS, FROM, null, "x", BASIS),
                        new ApprovalFreezeLifted(ID, LocalDate.of(2025, 8, 1), "y"))
                .when(new LiftApprovalFreezeCommand(ID, LocalDate.of(2025, 9, 1), "z"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void aFreezeBlocksTheAgenciesItCoversOnTheDaysItCovers() {
        FreezeView freeze = new FreezeView("f", new FreezeScope(List.of("CA"), List.of(AgencyKind.DEPARTMENT)),
                FROM, UNTIL, "x", BASIS, null, null, "admin");
        assertThat(freeze.blocks("SCT", AgencyKind.DEPARTMENT, FROM)).isTrue();
        assertThat(freeze.blocks("SCT", AgencyKind.DEPARTMENT, UNTIL)).isTrue();
        assertThat(freeze.blocks("SCT", AgencyKind.DEPARTMENT, FROM.minusDays(1))).isFalse();
        assertThat(freeze.blocks("SCT", AgencyKind.DEPARTMENT, UNTIL.plusDays(1))).isFalse();
        assertThat(freeze.blocks("CA", AgencyKind.ARMED_FORCES, FROM)).isTrue();
        assertThat(freeze.blocks("UBND-HOIAN", AgencyKind.DISTRICT_COMMITTEE, FROM)).isFalse();
    }

    @Test
    void aLiftedFreezeBlocksNothingFromTheDayItIsLifted() {
        LocalDate lifted = LocalDate.of(2025, 5, 1);
        FreezeView freeze = new FreezeView("f", DEPARTMENTS, FROM, null, "x", BASIS, lifted, "y", "admin");
        assertThat(freeze.blocks("SCT", AgencyKind.DEPARTMENT, lifted.minusDays(1))).isTrue();
        assertThat(freeze.blocks("SCT", AgencyKind.DEPARTMENT, lifted)).isFalse();
    }
}
