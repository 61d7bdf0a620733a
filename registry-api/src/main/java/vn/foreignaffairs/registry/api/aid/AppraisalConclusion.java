package vn.foreignaffairs.registry.api.aid;

/** What the appraisal recommends to the competent authority. */
public enum AppraisalConclusion {
    /** Đủ điều kiện phê duyệt. */
    FAVOURABLE,
    /** Không đủ điều kiện phê duyệt. */
    UNFAVOURABLE
}
