package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/**
 * Answered with {@link OverdueConsultations}: consulted bodies whose answer on a conference
 * application was due before {@code asOf} and had not been recorded by then, while the application
 * still waited for it (not refused or cancelled by then). Null filters match everything;
 * {@code involvingAgency}, when set, keeps only the applications that agency organises or was
 * consulted on (what an officer may see).
 */
public record ListOverdueConsultationsQuery(String organiser, String consultedAgency, String involvingAgency,
                                            LocalDate asOf) {
}
