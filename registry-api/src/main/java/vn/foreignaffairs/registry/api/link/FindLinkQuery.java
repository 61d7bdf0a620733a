package vn.foreignaffairs.registry.api.link;

/** Answered with a {@link LinkView}, removed or not, or null when the read model has no such link. */
public record FindLinkQuery(LinkId id) {
}
