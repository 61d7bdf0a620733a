package vn.foreignaffairs.registry.api.link;

public record RecordsUnlinked(LinkId id, String reason) implements LinkEvent {
}
