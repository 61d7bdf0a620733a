package vn.foreignaffairs.registry.projections.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.appraised;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.approvedAid;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.details;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.disbursed;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.money;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.opinion;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.proposed;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.received;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.started;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.aid.AidAdjusted;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidProjectEvent;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;
import vn.foreignaffairs.registry.api.delegation.Opinion;

/** The fold from an aid's events to its read model, without a database. */
class AidProjectFoldTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
    private static final LocalDate FEB_5 = LocalDate.of(2026, 2, 5);
    private static final AidDetails USD_AID =
            details("donor-1", AidSector.HEALTH, money("120000.00", "USD", "25400", FEB_5), "Núi Thành");

    private static AidProjectView fold(List<? extends AidProjectEvent> events) {
        AidProjectView view = null;
        for (int i = 0; i < events.size(); i++) {
            view = AidProjectFold.apply(view, events.get(i), i + 1, AT, "officer-nt");
        }
        return view;
    }

    private static List<AidProjectEvent> and(List<AidProjectEvent> past, AidProjectEvent... more) {
        List<AidProjectEvent> all = new ArrayList<>(past);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void aProposalIsUnderAppraisalWithItsCommitmentInDong() {
        AidProjectView view = fold(List.of(proposed("a", USD_AID)));
        assertThat(view.status()).isEqualTo(AidStatus.PROPOSED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.year()).isEqualTo(2026);
        assertThat(view.committedVnd()).isEqualByComparingTo("3048000000");
        assertThat(view.appraisalDueDate()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(view.createdBy()).isEqualTo("officer-nt");
    }

    @Test
    void aLaterOpinionOfTheSameAgencyReplacesItsFirst() {
        AidProjectView view = fold(List.of(proposed("a", USD_AID), opinion("a", "CA", Opinion.DISAGREE),
                opinion("a", "STC", Opinion.AGREE), opinion("a", "CA", Opinion.AGREE)));
        assertThat(view.opinions()).extracting(opinion -> opinion.agency() + ":" + opinion.opinion())
                .containsExactly("STC:AGREE", "CA:AGREE");
    }

    @Test
    void anAppraisalAfterItsDueDateIsMarkedLate() {
        assertThat(fold(List.of(proposed("a", USD_AID), opinion("a", "CA", Opinion.AGREE),
                appraised("a", LocalDate.of(2026, 1, 30)))).appraisedLate()).isFalse();
        assertThat(fold(List.of(proposed("a", USD_AID), opinion("a", "CA", Opinion.AGREE),
                appraised("a", LocalDate.of(2026, 1, 31)))).appraisedLate()).isTrue();
    }

    @Test
    void theApprovalDecidesTheYear() {
        AidProjectView view = fold(approvedAid("a", USD_AID, LocalDate.of(2027, 1, 4)));
        assertThat(view.status()).isEqualTo(AidStatus.APPROVED);
        assertThat(view.year()).isEqualTo(2027);
        assertThat(view.startDeadline()).isEqualTo(LocalDate.of(2027, 7, 4));
    }

    @Test
    void moneyIsSummedPerCurrencyAndInDongAtEachRecordedRate() {
        LocalDate march = LocalDate.of(2026, 3, 2);
        AidProjectView view = fold(and(approvedAid("a", USD_AID, FEB_5),
                received("a", march, money("40000.00", "USD", "25450", march)),
                started("a", march),
                received("a", march, money("10000.00", "EUR", "27800.5", march)),
                received("a", march, money("5000.00", "USD", "25500", march)),
                disbursed("a", march, money("150000000", "VND", "1", march))));
        assertThat(view.status()).isEqualTo(AidStatus.IN_PROGRESS);
        assertThat(view.startedOn()).isEqualTo(march);
        assertThat(view.received()).containsExactly(new CurrencyAmount("EUR", new BigDecimal("10000.00")),
                new CurrencyAmount("USD", new BigDecimal("45000.00")));
        // 40,000 × 25,450 + 10,000 × 27,800.5 + 5,000 × 25,500
        assertThat(view.receivedVnd()).isEqualByComparingTo("1423505000");
        assertThat(view.disbursed()).containsExactly(new CurrencyAmount("VND", new BigDecimal("150000000")));
        assertThat(view.disbursedVnd()).isEqualByComparingTo("150000000");
        assertThat(view.transactions()).hasSize(4);
        assertThat(view.transactions().get(1).vndAmount()).isEqualByComparingTo("278005000");
    }

    @Test
    void anAdjustmentKeepsWhatItChangedFrom() {
        AidAmount more = money("150000.00", "USD", "25500", LocalDate.of(2026, 6, 1));
        AidDecision decision = new AidDecision("210/QĐ-UBND", LocalDate.of(2026, 6, 1), null);
        AidProjectView view = fold(and(approvedAid("a", USD_AID, FEB_5),
                new AidAdjusted(new AidProjectId("a"), decision, "Tăng vốn", more, null, List.of("Tiên Phước"))));
        assertThat(view.details().committed()).isEqualTo(more);
        assertThat(view.details().districts()).containsExactly("Tiên Phước");
        assertThat(view.details().plannedEndDate()).isEqualTo(USD_AID.plannedEndDate());
        assertThat(view.committedVnd()).isEqualByComparingTo("3825000000");
        assertThat(view.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.previousCommitted()).isEqualTo(USD_AID.committed());
            assertThat(adjustment.previousDistricts()).containsExactly("Núi Thành");
            assertThat(adjustment.previousPlannedEndDate()).isNull();
        });
    }
}
