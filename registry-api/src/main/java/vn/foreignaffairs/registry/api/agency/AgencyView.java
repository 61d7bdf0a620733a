package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency as the read model holds it. {@code name} and {@code nameEn} are the current (or
 * last) names, {@code names} every name it bore, oldest first. {@code mergedInto} is the
 * successor's code once it is MERGED; {@code inactiveSince} the effective date of the merger or
 * dissolution. {@code version} counts the events recorded for it.
 */
public record AgencyView(String code, String name, String nameEn, AgencyKind kind, AgencyStatus status,
                         String mergedInto, LocalDate inactiveSince, List<AgencyName> names, long version) {
}
