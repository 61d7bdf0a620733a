package vn.foreignaffairs.registry.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies for the agreement endpoints, valid unless a test changes them. */
public final class AgreementRequests {

    public static final String PATH = "/api/v1/agreements";

    private AgreementRequests() {
    }

    /** A five-year friendship agreement with Izumisano (Osaka, Japan). */
    public static Map<String, Object> proposal() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Thỏa thuận hữu nghị và hợp tác với thành phố Izumisano");
        body.put("kind", "FRIENDSHIP_AGREEMENT");
        body.put("foreignParty", Map.of("countryCode", "JP", "organisation", "Thành phố Izumisano",
                "locality", "Osaka"));
        body.put("fieldsOfCooperation", List.of("Du lịch", "Giáo dục", "Giao lưu nhân dân"));
        body.put("term", Map.of("years", 5));
        return body;
    }

    /** A valid proposal with {@code key} set to {@code value}, or left out when {@code value} is null. */
    public static Map<String, Object> proposal(String key, Object value) {
        return with(proposal(), key, value);
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    public static Map<String, Object> consultation(LocalDate requestedOn, String... agencies) {
        return Map.of("agencies", List.of(agencies), "requestedOn", requestedOn.toString());
    }

    public static Map<String, Object> opinion(String agency, String opinion, LocalDate answeredOn) {
        Map<String, Object> body = new HashMap<>(Map.of("agency", agency, "opinion", opinion,
                "answeredOn", answeredOn.toString()));
        if (opinion.equals("DISAGREE")) {
            body.put("note", "Đề nghị làm rõ nguồn kinh phí");
        }
        return body;
    }

    public static Map<String, Object> decision(String number, LocalDate date) {
        return Map.of("decisionNumber", number, "decisionDate", date.toString());
    }

    public static Map<String, Object> decision(String number, LocalDate date, String key, Object value) {
        return with(decision(number, date), key, value);
    }

    public static Map<String, Object> signing(LocalDate signedOn) {
        return Map.of("signedOn", signedOn.toString(), "place", "Izumisano, Osaka", "signatories", List.of(
                Map.of("side", "VIETNAMESE", "name", "Lê Văn Dũng", "position", "Giám đốc Sở"),
                Map.of("side", "FOREIGN", "name", "Chiyomatsu Hiroyuki", "position", "Thị trưởng")));
    }

    public static Map<String, Object> signingReport(String number, LocalDate sentOn) {
        return Map.of("documentNumber", number, "sentOn", sentOn.toString());
    }

    public static Map<String, Object> entryIntoForce(LocalDate from) {
        return Map.of("inForceFrom", from.toString());
    }

    public static Map<String, Object> implementationReport(String period, LocalDate reportedOn) {
        return Map.of("period", period, "reportedOn", reportedOn.toString(),
                "summary", "Trao đổi đoàn du lịch và học sinh");
    }
}
