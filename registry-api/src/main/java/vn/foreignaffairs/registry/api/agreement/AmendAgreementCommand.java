package vn.foreignaffairs.registry.api.agreement;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The competent authority amends the agreement (sửa đổi, bổ sung): {@code summary} says what
 * changed; {@code fieldsOfCooperation}, when not null, replaces the fields of cooperation.
 */
public record AmendAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                    AgreementDecision decision, String summary, List<String> fieldsOfCooperation) {
}
