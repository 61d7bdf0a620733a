package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

/**
 * Where an international agreement stands (Law 70/2020 art. 1 and DOMAIN.md). Every status but
 * {@link #EXPIRED} is recorded by an event; EXPIRED is worked out on the day asked, for an
 * agreement in force or suspended whose term ended before that day.
 */
public enum AgreementStatus {
    /** Đề xuất ký kết. */
    PROPOSED,
    /** Đang lấy ý kiến các cơ quan liên quan. */
    UNDER_CONSULTATION,
    /** Đã được chấp thuận ký kết. */
    APPROVED,
    /** Không chấp thuận. */
    REFUSED,
    /** Đã ký kết, chưa có hiệu lực. */
    SIGNED,
    /** Đang có hiệu lực. */
    IN_FORCE,
    /** Tạm đình chỉ thực hiện. */
    SUSPENDED,
    /** Đã rút khỏi. */
    WITHDRAWN,
    /** Đã chấm dứt hiệu lực. */
    TERMINATED,
    /** Hết hiệu lực (hết thời hạn). */
    EXPIRED;

    /** Signed, in force or suspended: the agreement is being carried out, so it belongs in an implementation plan. */
    public static final List<AgreementStatus> CARRIED_OUT = List.of(SIGNED, IN_FORCE, SUSPENDED);
}
