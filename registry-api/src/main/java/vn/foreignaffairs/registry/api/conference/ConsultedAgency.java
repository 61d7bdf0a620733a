package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/**
 * One consulted body and its answer: {@code opinion} is null until it answers; {@code answeredOn}
 * is the day its first answer was recorded (a later answer replaces the opinion, not that day).
 */
public record ConsultedAgency(String agency, Opinion opinion, String note, LocalDate answeredOn,
                              String recordedBy) {
}
