package vn.foreignaffairs.registry.api.aid;

/** Answered with an {@link AidProjectView}, or null when the read model has no such aid. */
public record FindAidProjectQuery(AidProjectId id) {
}
