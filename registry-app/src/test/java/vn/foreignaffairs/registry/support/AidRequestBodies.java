package vn.foreignaffairs.registry.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies for the aid endpoints, valid unless a test changes them. Dates are in 2026 unless given. */
public final class AidRequestBodies {

    public static final String DONORS = "/api/v1/aid/donors";
    public static final String PROJECTS = "/api/v1/aid/projects";
    public static final String TOTALS = "/api/v1/aid/totals";
    public static final String IATI = "/api/v1/aid/iati";

    private AidRequestBodies() {
    }

    public static Map<String, Object> donor(String name, String kind, String countryCode, Map<String, Object> permit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("countryCode", countryCode);
        if (permit != null) {
            body.put("permit", permit);
        }
        return body;
    }

    public static Map<String, Object> permit(String number, String issuedOn, String validUntil) {
        return Map.of("kind", "PROJECT_OFFICE_REGISTRATION", "number", number,
                "issuedBy", "Ủy ban Công tác về các tổ chức PCPNN", "issuedOn", issuedOn, "validUntil", validUntil);
    }

    public static Map<String, Object> amount(String amount, String currency, String vndRate, String rateDate) {
        return Map.of("amount", amount, "currency", currency, "vndRate", vndRate, "rateDate", rateDate);
    }

    /** Clean water for schools in two districts, 120,000 USD, file complete on 10 January 2026. */
    public static Map<String, Object> proposal(String donorId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PROJECT");
        body.put("title", "Nước sạch cho trường học vùng cao");
        body.put("description", "Xây dựng hệ thống lọc nước cho 12 điểm trường");
        body.put("donorId", donorId);
        body.put("sector", "SMALL_RURAL_INFRASTRUCTURE");
        body.put("districts", List.of("Núi Thành", "Phú Ninh"));
        body.put("committed", amount("120000.00", "USD", "25400", "2026-01-05"));
        body.put("plannedStartDate", "2026-03-01");
        body.put("plannedEndDate", "2027-02-28");
        body.put("fileCompletedOn", "2026-01-10");
        return body;
    }

    /** A valid proposal with {@code key} set to {@code value}, or left out when {@code value} is null. */
    public static Map<String, Object> proposal(String donorId, String key, Object value) {
        Map<String, Object> body = proposal(donorId);
        if (value == null) {
            body.remove(key);
        } else {
            body.put(key, value);
        }
        return body;
    }

    public static Map<String, Object> opinion(String agency, String opinion, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", agency);
        body.put("opinion", opinion);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    public static Map<String, Object> appraisal(String conclusion, String appraisedOn) {
        return Map.of("conclusion", conclusion, "summary", "Phù hợp quy hoạch, đủ điều kiện",
                "appraisedOn", appraisedOn);
    }

    public static Map<String, Object> decision(String number, String date) {
        return Map.of("decisionNumber", number, "decisionDate", date);
    }

    public static Map<String, Object> receipt(String on, String amount, String currency, String vndRate) {
        return Map.of("receivedOn", on, "amount", amount, "currency", currency, "vndRate", vndRate, "rateDate", on,
                "reference", "PT-" + on);
    }

    public static Map<String, Object> disbursement(String on, String amount, String currency, String vndRate) {
        return Map.of("disbursedOn", on, "amount", amount, "currency", currency, "vndRate", vndRate, "rateDate", on,
                "recipient", "Trường TH Tam Hải", "purpose", "Lắp đặt hệ thống lọc nước");
    }

    public static Map<String, Object> visit(String on) {
        return Map.of("visitedOn", on, "team", "Sở Ngoại vụ", "findings", "Thi công đúng tiến độ",
                "recommendations", "Bổ sung biển công trình");
    }

    public static Map<String, Object> completion(String on) {
        return Map.of("completedOn", on, "results", "12 điểm trường có nước sạch", "evaluation", "Đạt mục tiêu");
    }

    public static Map<String, Object> revocation(String number, String date) {
        return Map.of("decisionNumber", number, "decisionDate", date, "reason", "Nhà tài trợ không chuyển vốn");
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }
}
