package vn.foreignaffairs.registry.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTransactionType;
import vn.foreignaffairs.registry.api.aid.AidTransactionView;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;
import vn.foreignaffairs.registry.api.report.AidFigures;
import vn.foreignaffairs.registry.api.report.AidLine;

/**
 * Aid committed and disbursed in a period, by sector and by donor. A commitment counts in the
 * period of its approval decision, for aid approved and not revoked; a disbursement in the period
 * of its date. Sums stay per currency, with the dong totals at the rates recorded.
 */
@Component
class AidCalculator {

    private static final Set<AidStatus> COMMITTED = EnumSet.of(AidStatus.APPROVED, AidStatus.IN_PROGRESS,
            AidStatus.COMPLETED);

    AidFigures figures(RegisterSnapshot registers, ReportScope scope, PeriodDates period) {
        List<Contribution> contributions = new ArrayList<>();
        for (AidProjectView aid : registers.aid()) {
            if (!scope.covers(aid.receivingAgency())) {
                continue;
            }
            Contribution contribution = contribution(aid, period);
            if (contribution.counts()) {
                contributions.add(contribution);
            }
        }
        List<AidLine> bySector = lines(contributions, aid -> aid.details().sector().name(),
                aid -> aid.details().sector().vietnameseName());
        List<AidLine> byDonor = lines(contributions, aid -> aid.details().donor().value(),
                aid -> registers.donorName().apply(aid.details().donor().value()));
        return new AidFigures(bySector, byDonor, line("TOTAL", "Tổng cộng", contributions));
    }

    private static Contribution contribution(AidProjectView aid, PeriodDates period) {
        boolean committed = COMMITTED.contains(aid.status()) && aid.decision() != null
                && period.contains(aid.decision().date());
        List<AidTransactionView> disbursements = aid.transactions() == null ? List.of() : aid.transactions().stream()
                .filter(transaction -> transaction.type() == AidTransactionType.DISBURSEMENT)
                .filter(transaction -> period.contains(transaction.date()))
                .toList();
        return new Contribution(aid, committed, disbursements);
    }

    private static List<AidLine> lines(List<Contribution> contributions, Function<AidProjectView, String> key,
                                       Function<AidProjectView, String> label) {
        Map<String, List<Contribution>> groups = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Contribution contribution : contributions) {
            String group = key.apply(contribution.aid());
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(contribution);
            labels.putIfAbsent(group, label.apply(contribution.aid()));
        }
        return groups.entrySet().stream().map(group -> line(group.getKey(), labels.get(group.getKey()), group.getValue()))
                .sorted(Comparator.comparing(AidLine::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static AidLine line(String key, String label, List<Contribution> contributions) {
        Map<String, BigDecimal> committed = new TreeMap<>();
        Map<String, BigDecimal> disbursed = new TreeMap<>();
        BigDecimal committedVnd = BigDecimal.ZERO;
        BigDecimal disbursedVnd = BigDecimal.ZERO;
        Set<String> counted = new LinkedHashSet<>();
        for (Contribution contribution : contributions) {
            counted.add(contribution.aid().id());
            if (contribution.committed()) {
                var amount = contribution.aid().details().committed();
                committed.merge(amount.currency(), amount.amount(), BigDecimal::add);
                committedVnd = committedVnd.add(amount.inVnd());
            }
            for (AidTransactionView disbursement : contribution.disbursements()) {
                disbursed.merge(disbursement.currency(), disbursement.amount(), BigDecimal::add);
                disbursedVnd = disbursedVnd.add(disbursement.vndAmount());
            }
        }
        return new AidLine(key, label, counted.size(), amounts(committed), committedVnd, amounts(disbursed),
                disbursedVnd);
    }

    private static List<CurrencyAmount> amounts(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream().map(sum -> new CurrencyAmount(sum.getKey(), sum.getValue())).toList();
    }

    private record Contribution(AidProjectView aid, boolean committed, List<AidTransactionView> disbursements) {

        boolean counts() {
            return committed || !disbursements.isEmpty();
        }
    }
}
