package vn.foreignaffairs.registry.api.report;

import java.time.LocalDate;

/**
 * A decision dated inside a freeze that covered the agency: an exempt delegation sent during it,
 * or a decision recorded with a date the freeze covers. {@code recordType} is DELEGATION or
 * INBOUND_DELEGATION.
 */
public record FreezeDecision(String recordType, String recordId, String agency, String title,
                             String decisionNumber, LocalDate decisionDate, String freezeId) {
}
