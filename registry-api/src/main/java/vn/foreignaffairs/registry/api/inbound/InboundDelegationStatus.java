package vn.foreignaffairs.registry.api.inbound;

/** Where an inbound delegation (đoàn vào) stands in its lifecycle. */
public enum InboundDelegationStatus {
    /** Dự thảo. */
    DRAFT,
    /** Đã trình. */
    SUBMITTED,
    /** Đã phê duyệt: the visit may take place. */
    APPROVED,
    /** Không phê duyệt. */
    REJECTED,
    /** Đã hủy, before the visit took place. */
    CANCELLED,
    /** Đã đón đoàn: the visit took place; its report is due. */
    VISIT_HELD,
    /** Đã báo cáo kết quả. */
    REPORTED
}
