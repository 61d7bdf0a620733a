package vn.foreignaffairs.registry.api.delegation;

public record Funding(FundingSource source, long amountVnd) {
}
