package vn.foreignaffairs.registry.projections.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.foreignaffairs.registry.api.aid.AidGrouping;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.aid.AidTotalsRow;
import vn.foreignaffairs.registry.api.aid.AidTransactionType;
import vn.foreignaffairs.registry.api.aid.AidTransactionView;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;

/**
 * Adds up aid for leadership: what was committed, received and disbursed, per group, in each
 * original currency and in dong. Amounts of different currencies are never added to each other;
 * the dong totals add up the dong amount each was converted to at its own recorded rate.
 * Commitments count in the year of their approval decision, for aid approved and not revoked;
 * receipts and disbursements in the year of their date.
 */
final class AidTotalsCalculator {

    static final String TOTAL = "TOTAL";

    private AidTotalsCalculator() {
    }

    /** {@code donorNames} names a donor by its id, for the labels of the donor grouping. */
    static AidTotals totals(AidGrouping groupBy, Integer year, List<AidProjectView> aid,
                            Function<String, String> donorNames) {
        Map<String, Row> groups = new LinkedHashMap<>();
        Row total = new Row(TOTAL, "Tổng cộng");
        for (AidProjectView one : aid) {
            if (counts(one) && one.decision() != null && matches(year, one.decision().date().getYear())) {
                for (String key : keys(groupBy, one, one.decision().date().getYear())) {
                    row(groups, groupBy, key, donorNames).commit(one);
                }
                total.commit(one);
            }
            for (AidTransactionView transaction : one.transactions()) {
                int transactionYear = transaction.date().getYear();
                if (matches(year, transactionYear)) {
                    for (String key : keys(groupBy, one, transactionYear)) {
                        row(groups, groupBy, key, donorNames).move(one.id(), transaction);
                    }
                    total.move(one.id(), transaction);
                }
            }
        }
        List<AidTotalsRow> rows = groups.values().stream().sorted(order(groupBy)).map(Row::view).toList();
        return new AidTotals(groupBy, year, groupBy == AidGrouping.DISTRICT, rows, total.view());
    }

    /** Aid refused, revoked or still being appraised commits nothing. */
    private static boolean counts(AidProjectView aid) {
        return aid.status() == AidStatus.APPROVED || aid.status() == AidStatus.IN_PROGRESS
                || aid.status() == AidStatus.COMPLETED;
    }

    private static boolean matches(Integer year, int candidate) {
        return year == null || year == candidate;
    }

    private static List<String> keys(AidGrouping groupBy, AidProjectView aid, int year) {
        return switch (groupBy) {
            case DONOR -> List.of(aid.details().donor().value());
            case SECTOR -> List.of(aid.details().sector().name());
            case DISTRICT -> aid.details().districts();
            case YEAR -> List.of(String.valueOf(year));
        };
    }

    private static Row row(Map<String, Row> groups, AidGrouping groupBy, String key,
                           Function<String, String> donorNames) {
        return groups.computeIfAbsent(key, created -> new Row(created, switch (groupBy) {
            case DONOR -> donorNames.apply(created);
            case SECTOR -> AidSector.valueOf(created).vietnameseName();
            case DISTRICT, YEAR -> created;
        }));
    }

    private static Comparator<Row> order(AidGrouping groupBy) {
        return switch (groupBy) {
            case SECTOR -> Comparator.comparing(row -> AidSector.valueOf(row.key).ordinal());
            case DONOR -> Comparator.comparing((Row row) -> row.label).thenComparing(row -> row.key);
            case DISTRICT, YEAR -> Comparator.comparing(row -> row.key);
        };
    }

    /** One group's sums as they are added up. */
    private static final class Row {
        final String key;
        final String label;
        final Set<String> aid = new HashSet<>();
        final Map<String, BigDecimal> committed = new TreeMap<>();
        final Map<String, BigDecimal> received = new TreeMap<>();
        final Map<String, BigDecimal> disbursed = new TreeMap<>();
        BigDecimal committedVnd = BigDecimal.ZERO;
        BigDecimal receivedVnd = BigDecimal.ZERO;
        BigDecimal disbursedVnd = BigDecimal.ZERO;

        Row(String key, String label) {
            this.key = key;
            this.label = label;
        }

        void commit(AidProjectView one) {
            aid.add(one.id());
            committed.merge(one.details().committed().currency(), one.details().committed().amount(), BigDecimal::add);
            committedVnd = committedVnd.add(one.committedVnd());
        }

        void move(String aidId, AidTransactionView transaction) {
            aid.add(aidId);
            if (transaction.type() == AidTransactionType.RECEIPT) {
                received.merge(transaction.currency(), transaction.amount(), BigDecimal::add);
                receivedVnd = receivedVnd.add(transaction.vndAmount());
            } else {
                disbursed.merge(transaction.currency(), transaction.amount(), BigDecimal::add);
                disbursedVnd = disbursedVnd.add(transaction.vndAmount());
            }
        }

        AidTotalsRow view() {
            return new AidTotalsRow(key, label, aid.size(), amounts(committed), committedVnd, amounts(received),
                    receivedVnd, amounts(disbursed), disbursedVnd);
        }

        private static List<CurrencyAmount> amounts(Map<String, BigDecimal> sums) {
            List<CurrencyAmount> amounts = new ArrayList<>();
            sums.forEach((currency, amount) -> amounts.add(new CurrencyAmount(currency, amount)));
            return amounts;
        }
    }
}
