package vn.foreignaffairs.registry.api.policy;

/** Answered with every value an administrator has set (defaults are not stored). */
public record ListPolicyValuesQuery() {
}
