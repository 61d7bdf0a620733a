package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organiser reports the results of the conference (báo cáo kết quả, Decision 06/2020 form 02). */
public record FileConferenceReportCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                          String results) {
}
