package vn.foreignaffairs.registry.audit.refusal;

import java.time.Instant;

/**
 * One refused attempt to change something: who tried (the user name sent, when there was one),
 * in which role and for which agency, what they tried, and the answer's status and code. Never
 * the request's body nor any password.
 */
public record Refusal(Instant at, String user, String role, String agency, String method, String path,
                      int status, String code, String requestId) {
}
