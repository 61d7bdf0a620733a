package vn.foreignaffairs.registry.dashboard;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the approve and reject forms send: the decision (number, date, an override reason where
 * the register knows one) or the reason of a refusal, and the version the leader read.
 */
public record DecisionForm(String decisionNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                           String overrideReason, String reason, Long version) {

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, null, null);
    }

    String ifMatch() {
        return version == null ? null : "\"" + version + "\"";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
