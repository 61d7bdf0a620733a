package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * How long an agreement stays in force once it has entered into force (thời hạn hiệu lực), in
 * years and months. An agreement without a term (không xác định thời hạn) has none, and never
 * expires by itself.
 */
public record AgreementTerm(int years, int months) {

    /** The last day in force of an agreement of this term that entered into force on {@code start}. */
    public LocalDate lastDayFrom(LocalDate start) {
        return start.plusYears(years).plusMonths(months).minusDays(1);
    }
}
