package vn.foreignaffairs.registry.api.aid;

import java.util.List;

public record DonorPage(List<DonorView> items, int page, int size, long total) {
}
