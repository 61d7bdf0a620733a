package vn.foreignaffairs.registry.api.agency;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The agency bears a new name (đổi tên) from {@code effectiveDate}; its code and records stay.
 * Revision 2: the names are {@code name} and {@code nameEn}, as in {@link AgencyRegistered} and
 * {@link AgencyName}; revision 1 called them {@code newName} and {@code newNameEn} (upcast on
 * reading by {@code storage.upcasting.AgencyRenamedNameFieldsUpcaster}).
 */
@Revision("2")
public record AgencyRenamed(AgencyCode code, String name, String nameEn, LocalDate effectiveDate,
                            String decisionReference, String reason) implements AgencyEvent {
}
