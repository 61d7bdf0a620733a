package vn.foreignaffairs.registry.audit.refusal;

import java.util.List;

/** One page of refused attempts, newest first. */
public record RefusalPage(List<Refusal> items, int page, int size, long total) {
}
