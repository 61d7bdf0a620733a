package vn.foreignaffairs.registry.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON bodies for the link endpoints. */
public final class LinkRequests {

    public static final String PATH = "/api/v1/links";

    private LinkRequests() {
    }

    public static Map<String, Object> end(String type, String id) {
        return Map.of("type", type, "id", id);
    }

    public static Map<String, Object> link(Map<String, Object> from, String relation, Map<String, Object> to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("relation", relation);
        body.put("note", "Đoàn ra chuẩn bị cho chuyến thăm đáp lễ");
        return body;
    }

    public static String linksOf(String type, String id) {
        return PATH + "?type=" + type + "&id=" + id;
    }
}
