package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Merges {@code code} into {@code intoCode}. That the successor is itself active is checked by
 * the sender against the read model: the aggregate sees only itself.
 * {@code expectedVersion}: the version the writer last read (If-Match), or null to skip the check.
 */
public record MergeAgencyCommand(@TargetAggregateIdentifier AgencyCode code, AgencyCode intoCode,
                                 LocalDate effectiveDate, String decisionReference, String reason,
                                 Long expectedVersion) {
}
