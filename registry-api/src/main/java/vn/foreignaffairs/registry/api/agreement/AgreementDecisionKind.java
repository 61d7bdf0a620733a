package vn.foreignaffairs.registry.api.agreement;

/** What a decision recorded on an agreement after its approval decided. */
public enum AgreementDecisionKind {
    /** Sửa đổi, bổ sung. */
    AMENDMENT,
    /** Gia hạn. */
    EXTENSION,
    /** Tạm đình chỉ thực hiện. */
    SUSPENSION,
    /** Tiếp tục thực hiện. */
    RESUMPTION,
    /** Rút khỏi. */
    WITHDRAWAL,
    /** Chấm dứt hiệu lực. */
    TERMINATION,
    /** Chuyển giao (từ UBND cấp huyện đã giải thể về UBND tỉnh). */
    TRANSFER
}
