package vn.foreignaffairs.registry.web.idempotency;

import java.util.Map;

/** The answer given to the first request with a key, replayed to every repetition. */
record StoredAnswer(int status, Map<String, String> headers, byte[] body) {
}
