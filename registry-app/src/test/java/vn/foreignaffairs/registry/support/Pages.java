package vn.foreignaffairs.registry.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The web pages over plain HTTP, as a browser asks for them (Accept: text/html) but signed in with
 * Basic, as pages accept it. A form's fields go in the query string with a JSON body, which needs
 * no CSRF token (only a browser's form-encoded body does).
 */
public final class Pages {

    private static final String[] HTML = {"Accept", "text/html"};

    private final Api api;

    public Pages(Api api) {
        this.api = api;
    }

    public Api.Response get(String user, String path) {
        return api.get(user, path, HTML);
    }

    /** Sends the form at {@code path} with {@code fields} (name, value, name, value, …). */
    public Api.Response submit(String user, String path, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        return submit(user, path, values);
    }

    public Api.Response submit(String user, String path, Map<String, String> fields) {
        String query = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return api.post(user, path + (query.isEmpty() ? "" : "?" + query), "{}", HTML);
    }

    public static String body(Api.Response response) {
        return response.raw().body();
    }

    /** The id of the record a page redirected to after creating it ({@code /app/agreements/<id>}). */
    public static String createdId(Api.Response redirect) {
        String location = redirect.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
