package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * Answered with {@link OverdueConsultations}: bodies consulted on an agreement still being
 * decided (or decided since) whose answer was due before {@code asOf} and had not been received
 * by then. A null agency means every consulted body.
 */
public record ListOverdueConsultationsQuery(String agency, LocalDate asOf) {
}
