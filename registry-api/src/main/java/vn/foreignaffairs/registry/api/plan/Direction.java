package vn.foreignaffairs.registry.api.plan;

public enum Direction {
    /** Đoàn ra. */
    OUTBOUND,
    /** Đoàn vào. */
    INBOUND
}
