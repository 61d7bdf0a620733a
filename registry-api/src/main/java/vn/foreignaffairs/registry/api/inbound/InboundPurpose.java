package vn.foreignaffairs.registry.api.inbound;

/** Why a foreign delegation comes (mục đích của đoàn vào). */
public enum InboundPurpose {
    /** Xúc tiến đầu tư, thương mại. */
    INVESTMENT_AND_TRADE_PROMOTION,
    /** Triển khai dự án của tổ chức phi chính phủ nước ngoài. */
    NGO_PROJECT_WORK,
    /** Hữu nghị, hợp tác. */
    FRIENDSHIP_AND_COOPERATION,
    /** Xúc tiến du lịch. */
    TOURISM_PROMOTION,
    /** Báo chí (phóng viên nước ngoài). */
    PRESS
}
