package vn.foreignaffairs.registry.projections.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.approvedAid;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.details;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.disbursed;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.money;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.proposed;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.received;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.started;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidGrouping;
import vn.foreignaffairs.registry.api.aid.AidProjectEvent;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.aid.AidTotalsRow;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;

/** Totals by donor, sector, district and year: per currency, and in dong at the recorded rates. */
class AidTotalsCalculatorTest {

    private static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 5);
    private static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 5);
    private static final LocalDate MAR_2026 = LocalDate.of(2026, 3, 2);

    /** Water (USD, donor A, two districts, approved 2025, money in 2026) and health (EUR, donor B, approved 2026). */
    private static final List<AidProjectView> AID = List.of(
            fold(approvedAid("water", details("A", AidSector.SMALL_RURAL_INFRASTRUCTURE,
                    money("100000.00", "USD", "25000", MAY_2025), "Núi Thành", "Phú Ninh"), MAY_2025),
                    received("water", MAR_2026, money("40000.00", "USD", "25400", MAR_2026)),
                    started("water", MAR_2026),
                    disbursed("water", MAR_2026, money("500000000", "VND", "1", MAR_2026))),
            fold(approvedAid("clinic", details("B", AidSector.HEALTH,
                    money("50000.00", "EUR", "27000", FEB_2026), "Núi Thành"), FEB_2026),
                    received("clinic", MAR_2026, money("20000.00", "EUR", "27500", MAR_2026)),
                    started("clinic", MAR_2026)),
            fold(List.of(proposed("pending", details("A", AidSector.HEALTH,
                    money("999.00", "USD", "25000", FEB_2026), "Núi Thành")))));

    private static AidProjectView fold(List<AidProjectEvent> past, AidProjectEvent... more) {
        List<AidProjectEvent> events = new ArrayList<>(past);
        events.addAll(List.of(more));
        AidProjectView view = null;
        for (int i = 0; i < events.size(); i++) {
            view = AidProjectFold.apply(view, events.get(i), i + 1, Instant.EPOCH, "officer");
        }
        return view;
    }

    private static AidTotals totals(AidGrouping groupBy, Integer year) {
        // The calculator is handed the aid that stands (the query leaves proposals out); so does this test.
        List<AidProjectView> standing = AID.stream().filter(aid -> aid.decision() != null).toList();
        return AidTotalsCalculator.totals(groupBy, year, standing, Map.of("A", "Donor A", "B", "Donor B")::get);
    }

    private static AidTotalsRow row(AidTotals totals, String key) {
        return totals.groups().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static CurrencyAmount amount(String currency, String amount) {
        return new CurrencyAmount(currency, new BigDecimal(amount));
    }

    @Test
    void currenciesAreNeverAddedToEachOtherOnlyTheirDongAmounts() {
        AidTotalsRow total = totals(AidGrouping.DONOR, null).total();
        assertThat(total.committed()).containsExactly(amount("EUR", "50000.00"), amount("USD", "100000.00"));
        assertThat(total.committedVnd()).isEqualByComparingTo("3850000000");
        assertThat(total.received()).containsExactly(amount("EUR", "20000.00"), amount("USD", "40000.00"));
        assertThat(total.receivedVnd()).isEqualByComparingTo("1566000000");
        assertThat(total.disbursed()).containsExactly(amount("VND", "500000000"));
        assertThat(total.disbursedVnd()).isEqualByComparingTo("500000000");
        assertThat(total.aidCount()).isEqualTo(2);
    }

    @Test
    void byDonorWithTheDonorsNames() {
        AidTotals totals = totals(AidGrouping.DONOR, null);
        assertThat(totals.groups()).extracting(AidTotalsRow::label).containsExactly("Donor A", "Donor B");
        assertThat(row(totals, "A").committed()).containsExactly(amount("USD", "100000.00"));
        assertThat(row(totals, "B").receivedVnd()).isEqualByComparingTo("550000000");
        assertThat(totals.overlapping()).isFalse();
    }

    @Test
    void bySectorInTheOrderOfTheSectors() {
        AidTotals totals = totals(AidGrouping.SECTOR, null);
        assertThat(totals.groups()).extracting(AidTotalsRow::key)
                .containsExactly("HEALTH", "SMALL_RURAL_INFRASTRUCTURE");
        assertThat(row(totals, "HEALTH").label()).isEqualTo("Y tế");
    }

    @Test
    void aidInSeveralDistrictsCountsInEachSoDistrictsOverlap() {
        AidTotals totals = totals(AidGrouping.DISTRICT, null);
        assertThat(totals.overlapping()).isTrue();
        assertThat(row(totals, "Núi Thành").aidCount()).isEqualTo(2);
        assertThat(row(totals, "Phú Ninh").committed()).containsExactly(amount("USD", "100000.00"));
        assertThat(row(totals, "Núi Thành").committedVnd()).isEqualByComparingTo("3850000000");
    }

    @Test
    void byYearCommitmentsCountInTheYearOfTheirDecisionAndMoneyInTheYearItMoved() {
        AidTotals totals = totals(AidGrouping.YEAR, null);
        assertThat(totals.groups()).extracting(AidTotalsRow::key).containsExactly("2025", "2026");
        assertThat(row(totals, "2025").committed()).containsExactly(amount("USD", "100000.00"));
        assertThat(row(totals, "2025").received()).isEmpty();
        assertThat(row(totals, "2026").committed()).containsExactly(amount("EUR", "50000.00"));
        assertThat(row(totals, "2026").receivedVnd()).isEqualByComparingTo("1566000000");
    }

    @Test
    void oneYearOnly() {
        AidTotals totals = totals(AidGrouping.DONOR, 2025);
        assertThat(totals.groups()).extracting(AidTotalsRow::key).containsExactly("A");
        assertThat(totals.total().receivedVnd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(totals.total().committedVnd()).isEqualByComparingTo("2500000000");
    }

    @Test
    void aCommitmentInDongNeedsNoConversion() {
        AidAmount dong = money("700000000", "VND", "1", FEB_2026);
        AidProjectView inDong = fold(approvedAid("dong", details("A", AidSector.EMERGENCY_RELIEF, dong, "Hội An"),
                FEB_2026));
        AidTotals totals = AidTotalsCalculator.totals(AidGrouping.SECTOR, 2026, List.of(inDong), id -> id);
        assertThat(totals.total().committed()).containsExactly(amount("VND", "700000000"));
        assertThat(totals.total().committedVnd()).isEqualByComparingTo("700000000");
    }
}
