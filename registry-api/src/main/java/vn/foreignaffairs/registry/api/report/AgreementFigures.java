package vn.foreignaffairs.registry.api.report;

/**
 * International agreements of the signing bodies in scope. {@code signed}: signed in the period;
 * {@code inForce}: in force on the report's day; {@code expiring}: in force and ending within the
 * configured number of days after it; {@code unreported}: in force since the period began with no
 * implementation report since; {@code overdueConsultations}: consulted bodies' answers past due.
 */
public record AgreementFigures(int signed, int inForce, int expiring, int unreported, int overdueConsultations) {
}
