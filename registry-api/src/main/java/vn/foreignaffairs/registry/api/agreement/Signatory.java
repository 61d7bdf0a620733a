package vn.foreignaffairs.registry.api.agreement;

/** One person who signed the agreement (người ký), on either side. */
public record Signatory(SignatorySide side, String name, String position) {
}
