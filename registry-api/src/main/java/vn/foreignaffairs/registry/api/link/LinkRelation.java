package vn.foreignaffairs.registry.api.link;

import static vn.foreignaffairs.registry.api.link.RecordType.AGREEMENT;
import static vn.foreignaffairs.registry.api.link.RecordType.AID_PROJECT;
import static vn.foreignaffairs.registry.api.link.RecordType.CONFERENCE;
import static vn.foreignaffairs.registry.api.link.RecordType.DONOR;
import static vn.foreignaffairs.registry.api.link.RecordType.INBOUND_DELEGATION;
import static vn.foreignaffairs.registry.api.link.RecordType.OUTBOUND_DELEGATION;

import java.util.EnumSet;
import java.util.Set;

/**
 * How one record refers to another (quan hệ giữa các hồ sơ), read "from RELATION to": a trip
 * SIGNS_AGREEMENT an agreement. Each relation says which kinds of record it may join, so that a
 * donor never "signs" anything and an agreement is never "funded by" a delegation.
 */
public enum LinkRelation {
    /**
     * A trip, visit or conference at which an agreement is signed.
     * Đoàn ra, đoàn vào hoặc hội nghị có ký kết thỏa thuận quốc tế.
     */
    SIGNS_AGREEMENT(false, EnumSet.of(OUTBOUND_DELEGATION, INBOUND_DELEGATION, CONFERENCE), EnumSet.of(AGREEMENT)),
    /**
     * A trip, visit, conference or aid project carried out to implement an agreement.
     * Hoạt động triển khai thực hiện thỏa thuận quốc tế đã ký.
     */
    IMPLEMENTS_AGREEMENT(false, EnumSet.of(OUTBOUND_DELEGATION, INBOUND_DELEGATION, CONFERENCE, AID_PROJECT),
            EnumSet.of(AGREEMENT)),
    /**
     * A visit by a donor: an inbound delegation sent by a foreign NGO or other donor.
     * Đoàn vào của nhà tài trợ (tổ chức phi chính phủ nước ngoài).
     */
    VISIT_BY_DONOR(false, EnumSet.of(INBOUND_DELEGATION), EnumSet.of(DONOR)),
    /**
     * A trip, visit, conference or aid project paid for, in whole or in part, by a donor.
     * Do nhà tài trợ tài trợ kinh phí (toàn bộ hoặc một phần).
     */
    FUNDED_BY(false, EnumSet.of(OUTBOUND_DELEGATION, INBOUND_DELEGATION, CONFERENCE, AID_PROJECT),
            EnumSet.of(DONOR)),
    /**
     * Prepares the other record: a working trip before a signing, a visit before a conference.
     * Chuẩn bị cho (hoạt động khác): đoàn làm việc trước lễ ký kết, trước hội nghị.
     */
    PREPARES(false, EnumSet.complementOf(EnumSet.of(DONOR)), EnumSet.complementOf(EnumSet.of(DONOR))),
    /**
     * Follows up on the other record: a return visit, a trip carrying out a conference's results.
     * Tiếp nối, triển khai kết quả của (hoạt động khác): đoàn đáp lễ, đoàn triển khai kết quả hội nghị.
     */
    FOLLOWS_UP(false, EnumSet.complementOf(EnumSet.of(DONOR)), EnumSet.complementOf(EnumSet.of(DONOR))),
    /**
     * Any other connection worth showing on both records; it goes both ways.
     * Có liên quan (quan hệ hai chiều).
     */
    RELATED(true, EnumSet.allOf(RecordType.class), EnumSet.allOf(RecordType.class));

    private final boolean symmetric;
    private final Set<RecordType> fromTypes;
    private final Set<RecordType> toTypes;

    LinkRelation(boolean symmetric, Set<RecordType> fromTypes, Set<RecordType> toTypes) {
        this.symmetric = symmetric;
        this.fromTypes = Set.copyOf(fromTypes);
        this.toTypes = Set.copyOf(toTypes);
    }

    /** Whether "a RELATION b" and "b RELATION a" are the same link. */
    public boolean symmetric() {
        return symmetric;
    }

    public boolean joins(RecordType from, RecordType to) {
        return fromTypes.contains(from) && toTypes.contains(to);
    }

    public Set<RecordType> fromTypes() {
        return fromTypes;
    }

    public Set<RecordType> toTypes() {
        return toTypes;
    }
}
