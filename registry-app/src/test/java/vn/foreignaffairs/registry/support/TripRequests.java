package vn.foreignaffairs.registry.support;

import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies for the endpoints after approval. The trip they describe lies in the past (March
 * 2025), as departures, returns and passports are recorded once they have happened.
 */
public final class TripRequests {

    public static final String HEAD = "Nguyễn Văn An";
    public static final String DIPLOMAT = "Trần Thị Bình";
    public static final String INTERPRETER = "Lê Văn Cường";
    public static final String APPROVAL_NUMBER = "45/QĐ-UBND";

    private TripRequests() {
    }

    /** A delegation to Japan from 10 to 14 March 2025 with an official, a diplomatic and an ordinary passport. */
    public static Map<String, Object> pastDelegation() {
        Map<String, Object> body = newDelegation();
        body.put("departureDate", "2025-03-10");
        body.put("returnDate", "2025-03-14");
        body.put("members", List.of(
                member(HEAD, "OFFICIAL", true),
                member(DIPLOMAT, "DIPLOMATIC", false),
                member(INTERPRETER, "ORDINARY", false)));
        return body;
    }

    public static Map<String, Object> member(String name, String passportKind, boolean head) {
        return Map.of("name", name, "position", "Chuyên viên", "agency", "SKHDT", "passportKind", passportKind,
                "head", head);
    }

    public static Map<String, Object> decision(String number, String date) {
        return Map.of("decisionNumber", number, "decisionDate", date);
    }

    public static Map<String, Object> approval() {
        return decision(APPROVAL_NUMBER, "2025-02-20");
    }

    public static Map<String, Object> departure(String date) {
        return Map.of("departedOn", date);
    }

    public static Map<String, Object> returning(String date) {
        return Map.of("returnedOn", date);
    }

    public static Map<String, Object> report() {
        return Map.of("results", "Ký biên bản ghi nhớ với thành phố Izumisano",
                "evaluation", "Đạt mục tiêu; đề xuất theo dõi triển khai");
    }

    public static Map<String, Object> handout(String member, String number, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberName", member);
        body.put("passportNumber", number);
        if (date != null) {
            body.put("handedOutOn", date);
        }
        return body;
    }

    public static Map<String, Object> handback(String member, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberName", member);
        if (date != null) {
            body.put("handedBackOn", date);
        }
        return body;
    }

    public static Map<String, Object> postponement(String reason, String number, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("decision", decision(number, date));
        return body;
    }

    public static Map<String, Object> amendment(Map<String, Object> details, String number, String date,
                                                String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("details", details);
        body.put("decision", decision(number, date));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }
}
