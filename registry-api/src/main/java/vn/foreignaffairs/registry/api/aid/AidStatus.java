package vn.foreignaffairs.registry.api.aid;

/** Where aid stands, from the proposal to its completion report or revocation. */
public enum AidStatus {
    /** Đang thẩm định: the complete file was received; consultations and appraisal run. */
    PROPOSED,
    /** Đã thẩm định: the appraisal is done; the competent authority decides. */
    APPRAISED,
    /** Đã phê duyệt: approved, not yet started (nothing received or disbursed). */
    APPROVED,
    /** Không phê duyệt. */
    REFUSED,
    /** Đang triển khai: the first money or goods were received or disbursed. */
    IN_PROGRESS,
    /** Đã kết thúc: the completion report is filed. */
    COMPLETED,
    /** Đã thu hồi: approved aid that did not start within the configured period, revoked. */
    REVOKED
}
