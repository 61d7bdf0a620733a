package vn.foreignaffairs.registry.api.delegation;

/** Where a passport handed out for a trip is. */
public enum PassportStatus {
    /** With the member. */
    HANDED_OUT,
    /** Nộp lại: back with the body that keeps it. */
    HANDED_BACK
}
