package vn.foreignaffairs.registry.api.delegation;

import java.util.List;

/** Dự toán kinh phí: the total in đồng and how it is funded. */
public record CostEstimate(long totalVnd, List<Funding> funding) {

    public CostEstimate {
        funding = funding == null ? List.of() : List.copyOf(funding);
    }

    public long fundedVnd() {
        return funding.stream().mapToLong(Funding::amountVnd).sum();
    }
}
