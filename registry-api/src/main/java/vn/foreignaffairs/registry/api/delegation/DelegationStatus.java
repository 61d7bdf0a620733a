package vn.foreignaffairs.registry.api.delegation;

/** Where an outbound delegation (đoàn ra) stands in its lifecycle. */
public enum DelegationStatus {
    DRAFT,
    SUBMITTED,
    /** Off-plan: submitted and waiting for the consulted agencies' opinions. */
    UNDER_CONSULTATION,
    APPROVED,
    REJECTED,
    CANCELLED,
    // after approval
    /** Hoãn: put off by a decision; amended (new decision) before it can leave. */
    POSTPONED,
    /** Đã xuất cảnh. */
    DEPARTED,
    /** Đã nhập cảnh, về nước: the post-trip report and the passports fall due. */
    RETURNED,
    /** Đã báo cáo kết quả chuyến đi. */
    REPORTED,
    /** Đã kết thúc: reported and every passport handed back. */
    CLOSED
}
