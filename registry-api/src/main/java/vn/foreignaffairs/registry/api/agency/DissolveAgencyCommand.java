package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion}: the version the writer last read (If-Match), or null to skip the check. */
public record DissolveAgencyCommand(@TargetAggregateIdentifier AgencyCode code, LocalDate effectiveDate,
                                    String decisionReference, String reason, Long expectedVersion) {
}
