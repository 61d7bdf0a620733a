package vn.foreignaffairs.registry.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.foreignaffairs.registry.api.common.ProvinceTime;

/**
 * JSON bodies for the conference endpoints, valid unless a test changes them. Dates are counted
 * from today in the province, since the lead time and the overdue lists are.
 */
public final class ConferenceRequests {

    public static final String PATH = "/api/v1/conferences";

    /** Planned start of {@link #newConference()}: far enough ahead for either lead time. */
    public static final int DAYS_AHEAD = 60;

    private ConferenceRequests() {
    }

    public static LocalDate today() {
        return ProvinceTime.today();
    }

    /** An international seminar starting {@link #DAYS_AHEAD} days from today, for two days. */
    public static Map<String, Object> newConference() {
        return startingIn(DAYS_AHEAD);
    }

    /** A valid body for a two-day seminar starting {@code days} from today (negative: in the past). */
    public static Map<String, Object> startingIn(int days) {
        LocalDate start = today().plusDays(days);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Hội thảo xúc tiến đầu tư Nhật Bản - Quảng Nam");
        body.put("content", "Giới thiệu môi trường đầu tư; kết nối doanh nghiệp Nhật Bản với các khu công nghiệp.");
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(1).toString());
        body.put("venue", "Trung tâm Hội nghị tỉnh, Tam Kỳ");
        body.put("participants", 120);
        body.put("foreignParticipants", 30);
        body.put("foreignCountries", List.of("JP"));
        body.put("foreignFunded", false);
        body.put("primeMinisterPermit", false);
        return body;
    }

    /** A valid body with {@code key} set to {@code value}, or left out when {@code value} is null. */
    public static Map<String, Object> newConference(String key, Object value) {
        Map<String, Object> body = newConference();
        if (value == null) {
            body.remove(key);
        } else {
            body.put(key, value);
        }
        return body;
    }

    public static Map<String, Object> application(String... consultedAgencies) {
        return Map.of("consultedAgencies", List.of(consultedAgencies));
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

    public static Map<String, Object> permit() {
        return Map.of("decisionNumber", "789/UBND-NV", "decisionDate", today().toString());
    }

    public static Map<String, Object> permit(String overrideReason) {
        Map<String, Object> body = new LinkedHashMap<>(permit());
        body.put("overrideReason", overrideReason);
        return body;
    }

    public static Map<String, Object> held(LocalDate start, LocalDate end, int participants, int foreign) {
        return Map.of("startDate", start.toString(), "endDate", end.toString(), "participants", participants,
                "foreignParticipants", foreign);
    }

    public static Map<String, Object> report(String results) {
        return Map.of("results", results);
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }
}
