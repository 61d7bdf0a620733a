package vn.foreignaffairs.registry.api.conference;

/** Where an international conference or seminar stands in its lifecycle. */
public enum ConferenceStatus {
    /** Dự thảo hồ sơ xin phép. */
    DRAFT,
    /** Đã nộp hồ sơ xin phép; đang lấy ý kiến các cơ quan liên quan. */
    UNDER_CONSULTATION,
    /** Đã được cho phép tổ chức. */
    PERMITTED,
    /** Không cho phép tổ chức. */
    REFUSED,
    /** Đã hủy, before the conference was held. */
    CANCELLED,
    /** Đã tổ chức: the conference took place; its report is due. */
    HELD,
    /** Đã báo cáo kết quả. */
    REPORTED
}
