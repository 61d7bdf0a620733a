package vn.foreignaffairs.registry.api.aid;

import java.util.List;

public record AidProjectPage(List<AidProjectView> items, int page, int size, long total) {
}
