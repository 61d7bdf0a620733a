package vn.foreignaffairs.registry.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies for the delegation endpoints, valid unless a test changes them. */
public final class DelegationRequests {

    private DelegationRequests() {
    }

    public static Map<String, Object> newDelegation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Xúc tiến đầu tư tại Nhật Bản");
        body.put("purpose", "Investment promotion");
        body.put("destinations", List.of(Map.of("countryCode", "JP", "city", "Osaka")));
        body.put("foreignPartners", List.of("Izumisano City"));
        body.put("departureDate", "2027-03-10");
        body.put("returnDate", "2027-03-15");
        body.put("members", List.of(Map.of("name", "Nguyễn Văn An", "position", "Giám đốc", "agency", "SKHDT",
                "passportKind", "OFFICIAL", "head", true)));
        body.put("costEstimate", Map.of("totalVnd", 300_000_000L,
                "funding", List.of(Map.of("source", "AGENCY_BUDGET", "amountVnd", 300_000_000L))));
        body.put("programme", List.of(Map.of("date", "2027-03-11", "place", "Osaka",
                "content", "Làm việc với Izumisano về xúc tiến đầu tư")));
        body.put("plannedItemId", TestPlans.PLANNED_ITEM);
        return body;
    }

    /** An off-plan delegation with its visit proposal, invitation letter and the agencies to consult. */
    public static Map<String, Object> newOffPlanDelegation(String... consultedAgencies) {
        Map<String, Object> body = newDelegation();
        body.remove("plannedItemId");
        body.put("offPlanCase", Map.of("reason", "Đối tác mời đột xuất", "necessity", "Ký kết biên bản ghi nhớ",
                "invitationLetterReference", "TM-2027/15", "consultedAgencies", List.of(consultedAgencies)));
        return body;
    }

    public static Map<String, Object> newDelegation(String key, Object value) {
        Map<String, Object> body = newDelegation();
        if (value == null) {
            body.remove(key);
        } else {
            body.put(key, value);
        }
        return body;
    }

    public static Map<String, Object> decision() {
        return Map.of("decisionNumber", "123/QĐ-UBND", "decisionDate", "2027-02-20");
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }
}
