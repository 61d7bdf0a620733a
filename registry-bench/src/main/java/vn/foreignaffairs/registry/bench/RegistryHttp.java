package vn.foreignaffairs.registry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One benchmark client: java.net.http with HTTP Basic as a demo user (password {@code demo}). */
final class RegistryHttp {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    RegistryHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String user, String path, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return send(request.build());
    }

    HttpResponse<String> get(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String idOf(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return matcher.group(1);
    }

    private static final String[] COUNTRIES = {"JP", "KR", "CN", "TH", "LA", "KH", "SG", "MY", "ID", "PH", "IN", "AU",
        "US", "CA", "FR", "DE", "GB", "IT", "RU", "CZ", "HU", "NL", "BE", "SE"};
    private static final AtomicLong DELEGATIONS = new AtomicLong();

    /**
     * A planned delegation of the demo agency SKHDT, realising its approved 2027 plan item R-JP-01:
     * each one to another country and week of 2027 and with a purpose of its own, as a province's
     * delegations are, so that the merge warnings (rule 3) compare a trip with those near it, not
     * with thousands of copies of itself.
     */
    static String newDelegation() {
        long n = DELEGATIONS.incrementAndGet();
        String country = COUNTRIES[(int) (n % COUNTRIES.length)];
        LocalDate departure = LocalDate.of(2027, 1, 4).plusDays((n * 7) % 350);
        return """
                {"title": "Xúc tiến đầu tư %1$s", "purpose": "Investment promotion %1$s", "plannedItemId": "R-JP-01",
                 "destinations": [{"countryCode": "%2$s", "city": "Thủ đô"}], "foreignPartners": ["Đối tác %1$s"],
                 "departureDate": "%3$s", "returnDate": "%4$s",
                 "programme": [{"date": "%5$s", "place": "Thủ đô", "content": "Làm việc với đối tác"}],
                 "members": [{"name": "Nguyễn Văn An", "position": "Giám đốc", "passportKind": "OFFICIAL", "head": true}],
                 "costEstimate": {"totalVnd": 300000000, "funding": [{"source": "AGENCY_BUDGET", "amountVnd": 300000000}]}}"""
                .formatted(n, country, departure, departure.plusDays(5), departure.plusDays(1));
    }

    static String decision() {
        return "{\"decisionNumber\": \"123/QĐ-UBND\", \"decisionDate\": \"2027-02-20\"}";
    }
}
