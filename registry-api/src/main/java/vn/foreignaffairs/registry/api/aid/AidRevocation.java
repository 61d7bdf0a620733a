package vn.foreignaffairs.registry.api.aid;

/** The decision that revoked approved aid, and why. */
public record AidRevocation(AidDecision decision, String reason) {
}
