package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

public record AgreementPage(List<AgreementView> items, int page, int size, long total) {
}
