package vn.foreignaffairs.registry.api.agency;

/** The kinds of agency DOMAIN.md names; freezes and exemptions are scoped by kind. */
public enum AgencyKind {
    /** Sở. */
    DEPARTMENT,
    /** Ban. */
    BOARD,
    /** UBND huyện, thị xã, thành phố. */
    DISTRICT_COMMITTEE,
    /** Đoàn thể. */
    MASS_ORGANISATION,
    /** Công an, Bộ Chỉ huy Quân sự, Bộ đội Biên phòng. */
    ARMED_FORCES,
    /** UBND tỉnh. */
    PROVINCIAL_COMMITTEE
}
