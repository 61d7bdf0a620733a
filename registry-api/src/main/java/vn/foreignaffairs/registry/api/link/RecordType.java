package vn.foreignaffairs.registry.api.link;

/**
 * The kinds of record a link can join (loại hồ sơ có thể liên kết). A kind is linkable once the
 * registry-app has a {@code LinkableRecords} bean for it; until then links to it are refused as
 * not found.
 */
public enum RecordType {
    /** Outbound delegation (đoàn ra). */
    OUTBOUND_DELEGATION,
    /** Inbound delegation (đoàn vào). */
    INBOUND_DELEGATION,
    /** International agreement (thỏa thuận quốc tế). */
    AGREEMENT,
    /** International conference or seminar (hội nghị, hội thảo quốc tế). */
    CONFERENCE,
    /** Foreign non-governmental aid, project or non-project (khoản viện trợ phi chính phủ nước ngoài). */
    AID_PROJECT,
    /** A foreign donor: a foreign NGO or other foreign body (nhà tài trợ, tổ chức phi chính phủ nước ngoài). */
    DONOR
}
