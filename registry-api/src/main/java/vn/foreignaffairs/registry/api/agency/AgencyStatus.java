package vn.foreignaffairs.registry.api.agency;

/** Whether an agency still exists in the apparatus (sắp xếp tổ chức bộ máy). */
public enum AgencyStatus {
    /** Đang hoạt động. */
    ACTIVE,
    /** Đã sáp nhập: absorbed by its successor, which now holds its records. */
    MERGED,
    /** Đã giải thể. */
    DISSOLVED
}
