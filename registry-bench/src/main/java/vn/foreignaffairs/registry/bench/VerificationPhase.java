package vn.foreignaffairs.registry.bench;

import java.net.http.HttpResponse;
import org.bson.Document;

/**
 * Audit-chain verification: one {@code POST /api/v1/audit/verify} over the whole ledger, as the
 * inspector; events per second is the ledger length over the time the answer took. Reports
 * nothing when the registry has no audit ledger.
 */
final class VerificationPhase {

    record Outcome(boolean available, long entries, double seconds, String status, long checked,
                   String explanation) {
    }

    private VerificationPhase() {
    }

    static Outcome run(BenchRegistry registry) {
        RegistryHttp http = new RegistryHttp(registry.port());
        long entries = registry.database().getCollection("audit_ledger").countDocuments();
        long started = System.nanoTime();
        HttpResponse<String> response = http.post("inspector", "/api/v1/audit/verify", null, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() == 404 || response.statusCode() == 405) {
            return new Outcome(false, 0, 0, "not available", 0, "");
        }
        CommandThroughputPhase.expect(response, "verify");
        Document answer = Document.parse(response.body());
        String explanation = String.valueOf(answer.get("explanation"));
        return new Outcome(true, entries, seconds, answer.getString("status"),
                ((Number) answer.get("checkedEntries")).longValue(),
                explanation.length() > 200 ? explanation.substring(0, 200) : explanation);
    }
}
