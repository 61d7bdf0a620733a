package vn.foreignaffairs.registry.api.link;

/** Whether a link holds. */
public enum LinkStatus {
    /** Đã liên kết. */
    LINKED,
    /** Đã gỡ liên kết, with a reason; the link may be made again. */
    UNLINKED
}
