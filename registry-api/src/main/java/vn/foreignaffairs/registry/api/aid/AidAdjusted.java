package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;
import java.util.List;

/** Each of {@code committed}, {@code plannedEndDate} and {@code districts} is the new value, or null when unchanged. */
public record AidAdjusted(AidProjectId id, AidDecision decision, String reason, AidAmount committed,
                          LocalDate plannedEndDate, List<String> districts) implements AidProjectEvent {
}
