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
    // international conferences and seminars
    CONFERENCE_APPLICATION_LEAD_DAYS(30, Unit.DAYS,
            "Decision 06/2020/QĐ-TTg art. 4: hồ sơ xin phép gửi ít nhất 30 ngày trước ngày dự kiến tổ chức",
            "Days before it starts by which a conference's application is filed"),
    CONFERENCE_APPLICATION_LEAD_DAYS_PRIME_MINISTER(40, Unit.DAYS,
            "Decision 06/2020/QĐ-TTg art. 4: ít nhất 40 ngày đối với hội nghị thuộc thẩm quyền của Thủ tướng",
            "Days before it starts by which the application is filed when the Prime Minister permits"),
    CONFERENCE_CONSULTATION_DAYS(15, Unit.DAYS,
            "Decision 06/2020/QĐ-TTg art. 5: trả lời bằng văn bản trong thời gian không quá 15 ngày",
            "Days after an application is filed by which the consulted bodies answer"),
    CONFERENCE_REPORT_DUE_DAYS(15, Unit.DAYS,
            "Decision 06/2020/QĐ-TTg (form 02): báo cáo kết quả trong 15 ngày sau khi kết thúc",
            "Days after a conference closes by which its report is due"),
    // foreign non-governmental aid
    AID_APPRAISAL_DAYS(20, Unit.DAYS,
            "Decree 80/2020/NĐ-CP, replaced by Decree 313/2025/NĐ-CP: appraisal within 20 days of a complete file",
            "Days from a complete file by which the appraisal of foreign non-governmental aid is due"),
    AID_START_PERIOD_MONTHS(6, Unit.MONTHS,
            "Decree 80/2020/NĐ-CP: aid not started within 6 months of its approval may be revoked",
            "Months after approval within which aid must start; after them it may be revoked"),
    // international agreements
    AGREEMENT_CONSULTATION_WORKING_DAYS(7, Unit.WORKING_DAYS, "Luật Thỏa thuận quốc tế 70/2020/QH14, điều 19",
            "Working days a consulted body has to answer an agreement proposal"),
    AGREEMENT_SIGNING_REPORT_DAYS(15, Unit.DAYS, "Luật Thỏa thuận quốc tế 70/2020/QH14, điều 19",
            "Days after signing by which an agreement is reported to the Prime Minister, copied to the Ministry of Foreign Affairs"),
    AGREEMENT_IMPLEMENTATION_PLAN_DAYS_BEFORE_YEAR(47, Unit.DAYS,
            "Luật Thỏa thuận quốc tế 70/2020/QH14, điều 42: kế hoạch thực hiện hằng năm trước ngày 15 tháng 11 năm trước",
            "Days before 1 January of the plan's year by which a signing body submits its annual implementation plan"
                    + " for its agreements (47 days: 15 November)");

    /** What a policy value counts. */
    public enum Unit { DELEGATIONS, DAYS, WORKING_DAYS, PEOPLE, COUNTRIES, MONTHS }

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
