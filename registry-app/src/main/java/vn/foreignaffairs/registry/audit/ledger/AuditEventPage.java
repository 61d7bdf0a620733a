package vn.foreignaffairs.registry.audit.ledger;

import java.util.List;

/** A page of the audit search, newest first. */
public record AuditEventPage(List<AuditEventView> items, int page, int size, long total) {
}
