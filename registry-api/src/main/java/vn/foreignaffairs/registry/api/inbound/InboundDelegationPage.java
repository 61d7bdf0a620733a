package vn.foreignaffairs.registry.api.inbound;

import java.util.List;

public record InboundDelegationPage(List<InboundDelegationView> items, int page, int size, long total) {
}
