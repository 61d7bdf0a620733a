package vn.foreignaffairs.registry.api.link;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a link made in error or no longer true; the reason is required and kept. */
public record UnlinkRecordsCommand(@TargetAggregateIdentifier LinkId linkId, String reason) {
}
