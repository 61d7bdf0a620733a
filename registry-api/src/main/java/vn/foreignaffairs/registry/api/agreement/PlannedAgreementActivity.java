package vn.foreignaffairs.registry.api.agreement;

/**
 * One activity the signing body plans for the year to carry out an agreement: what will be done,
 * when (free text as the plans write it, e.g. "Quý II/2027") and which unit leads it.
 */
public record PlannedAgreementActivity(AgreementId agreement, String activity, String timeframe, String leadUnit) {
}
