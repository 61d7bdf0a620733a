package vn.foreignaffairs.registry.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/**
 * The signing body records that the approved agreement was signed. {@code signingReportDue} is
 * worked out by the sender from the days in force for the report to the Prime Minister (Law
 * 70/2020 art. 19).
 */
public record SignAgreementCommand(@TargetAggregateIdentifier AgreementId id, Long expectedVersion,
                                   AgreementSigning signing, LocalDate signingReportDue) {
}
