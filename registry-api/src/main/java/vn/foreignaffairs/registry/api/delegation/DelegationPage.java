package vn.foreignaffairs.registry.api.delegation;

import java.util.List;

public record DelegationPage(List<DelegationView> items, int page, int size, long total) {
}
