package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An adjustment of approved aid (điều chỉnh) by a new decision, with its reason. Each of
 * {@code committed}, {@code plannedEndDate} and {@code districts} is the new value, or null when
 * it stays as it is; at least one changes.
 */
public record AdjustAidCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                               AidDecision decision, String reason, AidAmount committed, LocalDate plannedEndDate,
                               List<String> districts) {
}
