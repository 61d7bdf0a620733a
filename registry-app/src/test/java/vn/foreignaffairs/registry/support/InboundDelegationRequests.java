package vn.foreignaffairs.registry.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies for the inbound delegation endpoints, valid unless a test changes them. */
public final class InboundDelegationRequests {

    public static final String PATH = "/api/v1/inbound-delegations";

    private InboundDelegationRequests() {
    }

    public static Map<String, Object> newInboundDelegation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Đoàn KOTRA làm việc về xúc tiến đầu tư");
        body.put("foreignParty", Map.of("countryCode", "KR", "organisation", "KOTRA", "locality", "Busan"));
        body.put("purpose", "INVESTMENT_AND_TRADE_PROMOTION");
        body.put("arrivalDate", "2027-04-10");
        body.put("departureDate", "2027-04-12");
        body.put("size", 6);
        body.put("programme", List.of(
                Map.of("date", "2027-04-10", "content", "Làm việc với UBND tỉnh", "place", "Trụ sở UBND tỉnh"),
                Map.of("date", "2027-04-11", "content", "Khảo sát khu công nghiệp", "place", "KCN Tam Thăng")));
        body.put("receptionPlan", "Sở Kế hoạch và Đầu tư chủ trì đón tiếp; xe đưa đón từ sân bay Chu Lai.");
        return body;
    }

    /** A valid body with {@code key} set to {@code value}, or left out when {@code value} is null. */
    public static Map<String, Object> newInboundDelegation(String key, Object value) {
        Map<String, Object> body = newInboundDelegation();
        if (value == null) {
            body.remove(key);
        } else {
            body.put(key, value);
        }
        return body;
    }

    /** A decision dated well before the arrival of {@link #newInboundDelegation()}. */
    public static Map<String, Object> approval() {
        return approval("2027-03-20");
    }

    public static Map<String, Object> approval(String decisionDate) {
        return Map.of("decisionNumber", "456/QĐ-UBND", "decisionDate", decisionDate);
    }

    public static Map<String, Object> visitHeld() {
        return visitHeld("2027-04-10", "2027-04-13");
    }

    public static Map<String, Object> visitHeld(String arrivalDate, String departureDate) {
        return Map.of("arrivalDate", arrivalDate, "departureDate", departureDate);
    }

    public static Map<String, Object> report(String results) {
        return Map.of("results", results);
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }
}
