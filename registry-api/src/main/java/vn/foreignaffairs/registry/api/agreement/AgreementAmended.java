package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

/** {@code fieldsOfCooperation} is null when the amendment left them as they were. */
public record AgreementAmended(AgreementId id, AgreementDecision decision, String summary,
                               List<String> fieldsOfCooperation) implements AgreementEvent {
}
