package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.delegation.Opinion;

/** The reviewer records a consulted agency's opinion on proposed aid. */
public record RecordAidOpinionCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                      String agency, Opinion opinion, String note) {
}
