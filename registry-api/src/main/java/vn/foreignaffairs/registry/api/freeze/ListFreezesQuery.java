package vn.foreignaffairs.registry.api.freeze;

/** Answered with every freeze, lifted or not, newest first. */
public record ListFreezesQuery() {
}
