package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;
import java.util.List;

/**
 * What the organiser fills in for an international conference or seminar (hội nghị, hội thảo
 * quốc tế); everything but the organiser may be revised in draft. {@code participants} and
 * {@code foreignParticipants} are the numbers expected (tổng số đại biểu, đại biểu nước ngoài),
 * {@code foreignCountries} the ISO codes of the countries they come from. A foreign-funded one
 * names its {@code foreignSponsor} (nhà tài trợ nước ngoài). {@code primeMinisterPermit} says the
 * conference needs the Prime Minister's permission rather than the provincial chair's, which
 * lengthens the application lead time (Decision 06/2020/QĐ-TTg art. 4).
 */
public record ConferenceDetails(
        String title,
        String content,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        int participants,
        int foreignParticipants,
        List<String> foreignCountries,
        boolean foreignFunded,
        String foreignSponsor,
        boolean primeMinisterPermit) {

    public ConferenceDetails {
        foreignCountries = foreignCountries == null ? List.of() : List.copyOf(foreignCountries);
    }
}
