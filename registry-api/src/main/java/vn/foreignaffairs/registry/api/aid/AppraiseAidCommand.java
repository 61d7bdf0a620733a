package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AppraiseAidCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                                 Appraisal appraisal) {
}
