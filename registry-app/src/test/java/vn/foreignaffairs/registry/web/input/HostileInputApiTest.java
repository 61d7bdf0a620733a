package vn.foreignaffairs.registry.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.EndpointSweepTest;
import vn.foreignaffairs.registry.support.Endpoints.Endpoint;
import vn.foreignaffairs.registry.support.Endpoints;
import vn.foreignaffairs.registry.support.PageSession;

/**
 * Every write endpoint (found from Spring MVC, so a new one is covered at once), sent what an
 * attacker or a broken client would send, by a user whose role may call it: never a 500, always
 * a refusal that names what is wrong, and nothing written. The API answers with problem details
 * and a code; a web page answers a browser with a page that shows the refusal (an error page with
 * the same code, or its form with the errors in place), unless the input screen, which reads
 * every body before any page or controller, refused it first with problem details.
 */
class HostileInputApiTest extends EndpointSweepTest {

    private static final Map<String, String> USER_OF_ROLE = Map.of("OFFICER", "officer", "REVIEWER", "reviewer",
            "LEADERSHIP", "leader", "INSPECTOR", "inspector", "ADMIN", "admin");

    /** name → body sent as is. */
    private static final Map<String, String> HOSTILE_BODIES = new LinkedHashMap<>();

    static {
        HOSTILE_BODIES.put("malformed JSON", "{\"title\": \"x\",");
        HOSTILE_BODIES.put("not JSON at all", "title=x&reason=y");
        HOSTILE_BODIES.put("trailing content", "{} {\"reason\": \"x\"}");
        HOSTILE_BODIES.put("an array instead of an object", "[{\"reason\": \"x\"}]");
        HOSTILE_BODIES.put("a number instead of an object", "42");
        HOSTILE_BODIES.put("a string instead of an object", "\"x\"");
        HOSTILE_BODIES.put("null", "null");
        HOSTILE_BODIES.put("missing fields", "{}");
        HOSTILE_BODIES.put("an extra field", "{\"reason\": \"Trùng lịch\", \"isAdmin\": true}");
        HOSTILE_BODIES.put("wrong types", "{\"reason\": 12345, \"title\": false, \"members\": \"x\", \"year\": \"2027\"}");
        HOSTILE_BODIES.put("a very long string", "{\"reason\": \"" + "a".repeat(30_000) + "\"}");
        HOSTILE_BODIES.put("a NUL character", "{\"reason\": \"abc\\u0000def\"}");
        HOSTILE_BODIES.put("an escape character", "{\"reason\": \"\\u001b[31mred\"}");
        HOSTILE_BODIES.put("a bidirectional override", "{\"reason\": \"abc\\u202Edef\"}");
        HOSTILE_BODIES.put("an unpaired surrogate", "{\"reason\": \"abc\\uD800def\"}");
        HOSTILE_BODIES.put("an operator as value", "{\"reason\": {\"$gt\": \"\"}, \"title\": {\"$ne\": null}}");
        HOSTILE_BODIES.put("an operator as key", "{\"$where\": \"sleep(1000)\"}");
        HOSTILE_BODIES.put("a dotted key", "{\"details.title\": \"x\"}");
        HOSTILE_BODIES.put("an operator deep inside", "{\"members\": [{\"name\": {\"$regex\": \".*\"}}]}");
        HOSTILE_BODIES.put("a duplicated key", "{\"reason\": \"a\", \"reason\": \"b\"}");
        HOSTILE_BODIES.put("deep nesting", "[".repeat(200) + "]".repeat(200));
        HOSTILE_BODIES.put("an oversized body", "{\"reason\": \"" + "Đ".repeat(150_000) + "\"}");
    }

    /**
     * Text in many scripts at once: Vietnamese with its diacritics, one of them as a combining
     * mark (e + U+0302 + U+0301 instead of the precomposed ế), Cyrillic, CJK and an emoji outside
     * the Basic Multilingual Plane. Every endpoint takes it as it is or refuses it for a stated
     * reason (a missing field, say), never because of its script and never with a 500.
     */
    static final String MIXED_SCRIPTS = "Nguyễn Thị Ánh Tuye\u0302\u0301t — Нижний Новгород 大阪府 🤝";

    private static final Map<String, String> MIXED_SCRIPT_BODIES = Map.of(
            "mixed-script text", "{\"reason\": \"" + MIXED_SCRIPTS + "\", \"title\": \"" + MIXED_SCRIPTS + "\"}");

    /**
     * name → a page form's body, already encoded as a browser encodes it; the session's CSRF token
     * is added. Each is refused by the input screen with the code given in {@link #SCREEN_CODES}.
     */
    private static final Map<String, String> HOSTILE_FORMS = new LinkedHashMap<>();
    private static final Map<String, String> SCREEN_CODES = new LinkedHashMap<>();

    static {
        hostileForm("a NUL character", "reason=abc%00def&title=abc%00def&note=abc%00def", "VALIDATION_FAILED");
        hostileForm("an escape character", "reason=%1B%5B31mred&title=ok", "VALIDATION_FAILED");
        hostileForm("a C1 control character", "note=abc%C2%85def&reason=abc%C2%85def", "VALIDATION_FAILED");
        hostileForm("a bidirectional override", "reason=abc%E2%80%AEdef&title=abc%E2%80%AEdef", "VALIDATION_FAILED");
        hostileForm("a very long value", "reason=" + "a".repeat(30_000), "VALIDATION_FAILED");
        hostileForm("an operator as a field name", "%24where=sleep(1000)&reason=x", "INVALID_FIELD_NAME");
        hostileForm("a field name that is no path to an input", "details..title=x&reason=x", "INVALID_FIELD_NAME");
        hostileForm("a field name with an operator inside", "details.%24gt=x&reason=x", "INVALID_FIELD_NAME");
        hostileForm("a control character in a field name", "rea%07son=x", "VALIDATION_FAILED");
        hostileForm("a control character in the query", null, "VALIDATION_FAILED");
        hostileForm("an unpaired surrogate (bytes that are not UTF-8)", "reason=abc%ED%A0%80def&title=abc%ED%A0%80def",
                "VALIDATION_FAILED");
        hostileForm("an oversized body", "reason=" + "x".repeat(300_000), null);
    }

    private static void hostileForm(String name, String form, String screenCode) {
        HOSTILE_FORMS.put(name, form);
        SCREEN_CODES.put(name, screenCode);
    }

    /** Ids that try to climb out of the path, or smuggle something into it. */
    private static final List<String> HOSTILE_IDS = List.of("..%2F..%2Fadmin", "%2e%2e%2f%2e%2e%2f", "..", "a%2Fb",
            "a%5Cb", "a;b=c", "%00", "a%00b", "%24gt", "%7B%22%24gt%22%3A%22%22%7D", "x".repeat(300), "%C0%AE%C0%AE");


    @Test
    void everyWriteEndpointRefusesHostileBodiesWithAProblemAndWritesNothing() throws Exception {
        List<Endpoint> writes = Endpoints.writes(mappings);
        assertThat(writes).hasSizeGreaterThan(50);
        long before = storedEvents();
        Map<String, Sent> sent = new LinkedHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4); // some parallelism: ~1500 requests
        try {
            for (Endpoint endpoint : writes) {
                String user = USER_OF_ROLE.get(matrix.someAllowedRole(endpoint));
                String[] headers = acceptOf(endpoint);
                HOSTILE_BODIES.forEach((name, body) -> sent.put(endpoint + " with " + name, new Sent(endpoint,
                        clients.submit(() -> api.send(user, endpoint.method(), endpoint.path(), body, headers)))));
            }
            SoftAssertions softly = new SoftAssertions();
            for (Map.Entry<String, Sent> request : sent.entrySet()) {
                assertRefused(softly, request.getValue().endpoint(), request.getValue().response().get(),
                        request.getKey());
            }
            softly.assertThat(storedEvents()).as("events stored by hostile requests").isEqualTo(before);
            softly.assertAll();
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void everyWriteEndpointTakesTextInAnyScriptOrRefusesItForAStatedReason() throws Exception {
        long before = storedEvents();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : Endpoints.writes(mappings)) {
            String user = USER_OF_ROLE.get(matrix.someAllowedRole(endpoint));
            for (Map.Entry<String, String> body : MIXED_SCRIPT_BODIES.entrySet()) {
                Api.Response response = api.send(user, endpoint.method(), endpoint.path(), body.getValue(),
                        acceptOf(endpoint));
                assertTakenOrRefusedForAReason(softly, endpoint, response, endpoint + " with " + body.getKey());
            }
        }
        for (Endpoint endpoint : pageForms()) {
            PageSession browser = browserFor(endpoint);
            String form = "reason=" + PageSession.encoded(MIXED_SCRIPTS) + "&title=" + PageSession.encoded(MIXED_SCRIPTS)
                    + "&note=" + PageSession.encoded(MIXED_SCRIPTS) + "&_csrf=" + browser.token();
            HttpResponse<String> answer = browser.post(endpoint.path(), form);
            assertTakenOrRefusedForAReason(softly, endpoint, answer, "the form of " + endpoint + " with mixed scripts");
        }
        softly.assertThat(storedEvents()).as("events stored by bodies with no record to change").isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void everyPageFormRefusesHostileFieldsWithAPageAndWritesNothing() {
        List<Endpoint> forms = pageForms();
        assertThat(forms).extracting(Endpoint::pattern).contains("/app/delegations/new", "/app/delegations/{id}/reject");
        long before = storedEvents();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : forms) {
            PageSession browser = browserFor(endpoint);
            String token = browser.token();
            for (Map.Entry<String, String> hostile : HOSTILE_FORMS.entrySet()) {
                String what = "the form of " + endpoint + " with " + hostile.getKey();
                HttpResponse<String> answer = hostile.getValue() == null
                        ? browser.post(endpoint.path() + "?reason=a%00b", "_csrf=" + token)
                        : browser.post(endpoint.path(), hostile.getValue() + "&_csrf=" + token);
                softly.assertThat(answer.statusCode()).as("%s: %s", what, abbreviated(answer)).isBetween(400, 499);
                String code = SCREEN_CODES.get(hostile.getKey());
                if (code != null) {
                    softly.assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
                            .startsWith("text/html");
                    softly.assertThat(answer.body()).as("%s: %s", what, abbreviated(answer))
                            .contains("id=\"error-code\"").contains("Mã lỗi: " + code);
                }
            }
            HttpResponse<String> notForABrowser = browser.post(endpoint.path(), "reason=abc%00def&_csrf=" + token,
                    "Accept", "application/json");
            softly.assertThat(notForABrowser.statusCode()).as(endpoint + " asked for JSON").isEqualTo(400);
            softly.assertThat(notForABrowser.headers().firstValue("Content-Type").orElse("")).as(endpoint + " asked for JSON")
                    .startsWith("application/problem+json");
            softly.assertThat(notForABrowser.body()).as(endpoint + " asked for JSON")
                    .contains("\"code\":\"VALIDATION_FAILED\"").contains("\"field\":\"reason\"")
                    .contains("CONTROL_CHARACTER");
        }
        softly.assertThat(storedEvents()).as("events stored by hostile forms").isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void aCompleteFormWithOneControlCharacterIsRefusedWholeAndTheSameFormInAnyScriptIsTaken() {
        PageSession officer = PageSession.signedIn(port(), "officer");
        String clean = newDelegationForm(MIXED_SCRIPTS, officer.token());
        String withNul = newDelegationForm("Hội chợ\u0000Osaka", officer.token());
        long before = storedEvents();

        HttpResponse<String> refused = officer.post("/app/delegations/new", withNul);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error-code\"").contains("Mã lỗi: VALIDATION_FAILED")
                .contains("Ô title có ký tự điều khiển");
        assertThat(storedEvents()).as("nothing of the refused form is written").isEqualTo(before);

        HttpResponse<String> taken = officer.post("/app/delegations/new", clean);
        assertThat(taken.statusCode()).as(abbreviated(taken)).isEqualTo(302);
        // the record's page, or its form again when the saved draft has warnings to show
        String id = taken.headers().firstValue("Location").orElseThrow().replaceAll(".*/app/delegations/([^/?]+).*", "$1");
        assertThat(api.get("officer", "/api/v1/delegations/" + id).body().path("details").path("title").asText())
                .as("stored exactly as typed, combining marks included").isEqualTo(MIXED_SCRIPTS);
    }

    private static String newDelegationForm(String title, String token) {
        return "title=" + PageSession.encoded(title) + "&countryCode=JP&city=Osaka&departureDate=2027-03-10"
                + "&returnDate=2027-03-15&memberName=Nguyen+Van+An&passportKind=OFFICIAL&costTotal=300000000"
                + "&fundingSource=AGENCY_BUDGET&programmeDate=2027-03-11&programmeContent=Lam+viec"
                + "&plannedItemId=R-TEST&_csrf=" + token;
    }

    /** Every form a page posts to, found from Spring MVC. */
    private List<Endpoint> pageForms() {
        return Endpoints.all(mappings).stream().filter(endpoint -> endpoint.isPage() && endpoint.isUnsafeMethod())
                .toList();
    }

    private final Map<String, PageSession> browsers = new HashMap<>();

    /** A signed-in browser of a user whose role may post the form, so that the role check lets it through. */
    private PageSession browserFor(Endpoint endpoint) {
        return browsers.computeIfAbsent(USER_OF_ROLE.get(matrix.someAllowedRole(endpoint)),
                user -> PageSession.signedIn(port(), user));
    }

    @Test
    void everyEndpointWithAnIdRefusesHostileIdsWithAProblem() {
        long before = storedEvents();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : Endpoints.all(mappings)) {
            String user = USER_OF_ROLE.get(matrix.someAllowedRole(endpoint));
            for (String id : HOSTILE_IDS) {
                String path = endpoint.pathWithFirstVariable(id);
                if (path == null) {
                    continue;
                }
                Api.Response response = api.send(user, endpoint.method(), path,
                        endpoint.isWrite() && !endpoint.method().equals("DELETE") ? "{}" : null, acceptOf(endpoint));
                String what = endpoint + " with id " + id;
                softly.assertThat(response.status()).as("%s: %s", what, abbreviated(response)).isIn(400, 404);
                assertRefused(softly, endpoint, response, what);
            }
        }
        softly.assertThat(storedEvents()).isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void specificRefusalsNameWhatIsWrong() {
        String path = "/api/v1/delegations";
        assertThat(api.post("officer", path, "{\"title\": {\"$gt\": \"\"}}").code()).isEqualTo("INVALID_FIELD_NAME");
        assertThat(api.post("officer", path, "{\"a.b\": 1}").body().path("errors").get(0).path("field").asText())
                .isEqualTo("a.b");
        Api.Response tooLarge = api.post("officer", path, "{\"title\": \"" + "x".repeat(300_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        Api.Response control = api.post("officer", path,
                "{\"title\": \"ok\", \"members\": [{\"name\": \"An\\u0007\"}]}");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body().path("errors").get(0).path("field").asText()).isEqualTo("members[0].name");
        assertThat(control.body().path("errors").get(0).path("code").asText()).isEqualTo("CONTROL_CHARACTER");
    }

    @Test
    void valuesAreNotCoercedFromOtherTypes() {
        Map<String, Object> numberForText = newDelegation("title", 123);
        Map<String, Object> textForNumber = newDelegation("costEstimate", Map.of("totalVnd", "300000000",
                "funding", List.of(Map.of("source", "AGENCY_BUDGET", "amountVnd", 300_000_000L))));
        Map<String, Object> fractionForWholeNumber = newDelegation("costEstimate", Map.of("totalVnd", 3.5e8,
                "funding", List.of(Map.of("source", "AGENCY_BUDGET", "amountVnd", 300_000_000L))));
        Map<String, Object> textForYesNo = newDelegation("members", List.of(Map.of("name", "Nguyễn Văn An",
                "position", "Giám đốc", "agency", "SKHDT", "passportKind", "OFFICIAL", "head", "true")));
        Map<String, Object> oneInsteadOfList = newDelegation("foreignPartners", "Izumisano City");
        long before = storedEvents();

        for (Map<String, Object> body : List.of(numberForText, textForNumber, fractionForWholeNumber, textForYesNo,
                oneInsteadOfList)) {
            Api.Response response = api.post("officer", "/api/v1/delegations", body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void textInAnyScriptIsAcceptedAsItIs() {
        String title = "Đoàn công tác Нижний Новгород và 大阪府 — hợp tác 🤝 Tuye\u0302\u0301t";
        String purpose = "Dòng một\nDòng hai\tcó tab";
        Map<String, Object> body = newDelegation("title", title);
        body.put("purpose", purpose);
        body.put("members", List.of(Map.of("name", "Nguyễn Thị Ánh Tuyết (Анна 李)", "position", "Giám đốc",
                "agency", "SKHDT", "passportKind", "OFFICIAL", "head", true)));

        Api.Response created = api.post("officer", "/api/v1/delegations", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response read = api.get("officer", "/api/v1/delegations/" + created.id());
        assertThat(read.body().path("details").path("title").asText()).isEqualTo(title);
        assertThat(read.body().path("details").path("purpose").asText()).isEqualTo(purpose);
        assertThat(read.body().path("details").path("members").get(0).path("name").asText())
                .isEqualTo("Nguyễn Thị Ánh Tuyết (Анна 李)");
    }

    private record Sent(Endpoint endpoint, Future<Api.Response> response) {
    }

    /** A browser asks a page for HTML; an API client takes what it is given. */
    private static String[] acceptOf(Endpoint endpoint) {
        return endpoint.isPage() ? new String[] {"Accept", "text/html"} : new String[0];
    }

    private static void assertRefused(SoftAssertions softly, Endpoint endpoint, Api.Response response, String what) {
        softly.assertThat(response.status()).as("%s: %s", what, abbreviated(response)).isBetween(400, 499);
        String type = String.valueOf(response.header("Content-Type"));
        if (endpoint.isPage() && type.startsWith("text/html")) {
            softly.assertThat(response.raw().body()).as("%s: %s", what, abbreviated(response))
                    .containsAnyOf("id=\"error-code\"", "id=\"form-errors\"");
            return;
        }
        softly.assertThat(type).as("%s: %s", what, abbreviated(response)).startsWith("application/problem+json");
        softly.assertThat(response.code()).as("%s: %s", what, abbreviated(response)).isNotBlank();
    }

    private static void assertTakenOrRefusedForAReason(SoftAssertions softly, Endpoint endpoint, Api.Response response,
                                                       String what) {
        softly.assertThat(response.status()).as("%s: %s", what, abbreviated(response)).isLessThan(500);
        if (response.status() >= 400) {
            assertRefused(softly, endpoint, response, what);
            softly.assertThat(response.raw().body()).as("%s: refused for its script", what)
                    .doesNotContain("CONTROL_CHARACTER");
        }
    }

    private static void assertTakenOrRefusedForAReason(SoftAssertions softly, Endpoint endpoint,
                                                       HttpResponse<String> answer, String what) {
        softly.assertThat(answer.statusCode()).as("%s: %s", what, abbreviated(answer)).isLessThan(500);
        if (answer.statusCode() >= 400) {
            softly.assertThat(answer.body()).as("%s: %s", what, abbreviated(answer))
                    .containsAnyOf("id=\"error-code\"", "id=\"form-errors\"")
                    .doesNotContain("ký tự điều khiển");
        }
    }

    private static String abbreviated(HttpResponse<String> answer) {
        String text = answer.statusCode() + " " + answer.body();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String abbreviated(Api.Response response) {
        String text = response.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
