package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** The aid started: its first receipt or disbursement, on {@code startedOn}. From then on it cannot be revoked. */
public record AidImplementationStarted(AidProjectId id, LocalDate startedOn) implements AidProjectEvent {
}
