package vn.foreignaffairs.registry.api.policy;

/**
 * Every number a rule of the registry depends on, with its default and the legal text it comes
 * from. The values in force are configuration an administrator changes (each change an event);
 * these defaults apply until then.
 */
public enum PolicyKey {
    OFF_PLAN_QUOTA_PER_AGENCY_YEAR(2, Unit.DELEGATIONS,
            "Quảng Nam 2025 §10, Kon Tum 2025 §10: không quá 02 lần/năm",
            "Approved off-plan outbound delegations per agency and year"),
    MERGE_WARNING_WINDOW_DAYS(7, Unit.DAYS,
            "Quảng Nam 2025 §10: cân nhắc gộp các đoàn có cùng thời điểm",
            "Delegations to one country this close in time are suggested for merging"),
    LEADERS_AT_ONE_PLACE_LIMIT(2, Unit.PEOPLE,
            "Quảng Nam 2025 §10: tránh việc có quá nhiều lãnh đạo của một cơ quan đi đến cùng một địa bàn",
            "Heads of delegation of one agency in one country at the same time"),
    DELEGATION_SIZE_LIMIT(10, Unit.PEOPLE, "Hà Nội rules on outbound delegations",
            "Members of one delegation"),
    DELEGATION_LENGTH_LIMIT_DAYS(10, Unit.DAYS, "Hà Nội rules on outbound delegations",
            "Days of one trip, departure and return included"),
    DELEGATION_COUNTRY_LIMIT(3, Unit.COUNTRIES, "Hà Nội rules on outbound delegations",
            "Countries visited by one delegation"),
    POST_TRIP_REPORT_DUE_DAYS(15, Unit.DAYS, "Ministry of Foreign Affairs guidance on post-trip reports",
            "Days after return by which the post-trip report is due"),
    PASSPORT_RETURN_WORKING_DAYS(5, Unit.WORKING_DAYS, "Decision 58/2012/QĐ-TTg",
            "Working days after re-entry by which an official passport is handed back"),
    // international agreements
    AGREEMENT_CONSULTATION_WORKING_DAYS(7, Unit.WORKING_DAYS, "Luật Thỏa thuận quốc tế 70/2020/QH14, điều 19",
            "Working days a consulted body has to answer an agreement proposal"),
    AGREEMENT_SIGNING_REPORT_DAYS(15, Unit.DAYS, "Luật Thỏa thuận quốc tế 70/2020/QH14, điều 19",
            "Days after signing by which an agreement is reported to the Prime Minister, copied to the Ministry of Foreign Affairs");

    /** What a policy value counts. */
    public enum Unit { DELEGATIONS, DAYS, WORKING_DAYS, PEOPLE, COUNTRIES }

    private final long defaultValue;
    private final Unit unit;
    private final String defaultLegalSource;
    private final String description;

    PolicyKey(long defaultValue, Unit unit, String defaultLegalSource, String description) {
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.defaultLegalSource = defaultLegalSource;
        this.description = description;
    }

    public long defaultValue() {
        return defaultValue;
    }

    public Unit unit() {
        return unit;
    }

    public String defaultLegalSource() {
        return defaultLegalSource;
    }

    public String description() {
        return description;
    }
}
