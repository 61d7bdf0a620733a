package vn.foreignaffairs.registry.api.delegation;

public enum Opinion {
    AGREE,
    DISAGREE
}
