package vn.foreignaffairs.registry.api.delegation;

public enum FundingSource {
    /** The agency's own budget. */
    AGENCY_BUDGET,
    /** Xã hội hóa. */
    SOCIALISED,
    /** Paid by the foreign partner. */
    PARTNER_FUNDED,
    /** Asked from the provincial budget. */
    PROVINCIAL_BUDGET
}
