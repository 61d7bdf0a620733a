package vn.foreignaffairs.registry.delegation;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.DelegationWarning;
import vn.foreignaffairs.registry.api.delegation.DelegationWarningCode;
import vn.foreignaffairs.registry.api.delegation.Destination;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.calendar.Holiday;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.security.Actor;

/**
 * What a reviewer should weigh before deciding on an outbound delegation (DOMAIN.md, outbound
 * rules 3, 4 and 5): trips to merge, partners' holidays, too many leaders of one agency in one
 * place, and size, length or countries above the limits. Warnings never block a write; they
 * are read from the read models, so they may miss a delegation recorded a moment ago.
 */
@Component
public class DelegationWarnings {

    static final String PARTNER_HOLIDAY_SOURCE = "Quảng Nam 2025 §10: tránh tổ chức các đoàn công tác vào dịp "
            + "các kỳ nghỉ của đối tác nước ngoài (nghỉ lễ, nghỉ đông, nghỉ hè)";

    private final ActiveDelegations delegations;
    private final Policies policies;
    private final HolidayCalendar calendar;

    public DelegationWarnings(ActiveDelegations delegations, Policies policies, HolidayCalendar calendar) {
        this.delegations = delegations;
        this.policies = policies;
        this.calendar = calendar;
    }

    /**
     * The warnings on a delegation as {@code viewer} may see them: an officer is not told about
     * another agency's drafts. Cancelled and rejected delegations have none.
     */
    public List<DelegationWarning> seenBy(Actor viewer, DelegationView delegation) {
        if (delegation.status() == DelegationStatus.CANCELLED || delegation.status() == DelegationStatus.REJECTED) {
            return List.of();
        }
        Predicate<DelegationView> visible = viewer.isOfficer()
                ? other -> other.status() != DelegationStatus.DRAFT || other.agency().equals(viewer.agency())
                : other -> true;
        return of(delegation.id(), delegation.agency(), delegation.details(), visible);
    }

    /** The warnings on delegation {@code id} of {@code agency} with these details, against every other delegation. */
    public List<DelegationWarning> of(String id, String agency, DelegationDetails details) {
        return of(id, agency, details, other -> true);
    }

    private List<DelegationWarning> of(String id, String agency, DelegationDetails details,
                                       Predicate<DelegationView> visible) {
        if (details == null || details.departureDate() == null || details.returnDate() == null) {
            return List.of();
        }
        Trip trip = Trip.of(id, agency, details);
        Policies policies = this.policies.readOnce();
        long window = policies.value(PolicyKey.MERGE_WARNING_WINDOW_DAYS, agency);
        // every rule that compares trips needs a destination in common: only those are read
        List<Trip> others = delegations.departingIn(trip.departure().minusDays(window).getYear() - 1,
                        trip.returning().plusDays(window).getYear(), trip.countries()).stream()
                .filter(other -> !other.id().equals(id) && visible.test(other))
                .map(other -> Trip.of(other.id(), other.agency(), other.details()))
                .filter(Trip::hasDates)
                .sorted(Comparator.comparing(Trip::departure).thenComparing(Trip::id))
                .toList();

        List<DelegationWarning> warnings = new ArrayList<>();
        mergeSuggestions(trip, others, window, policies, warnings);
        tooManyLeaders(trip, others, policies, warnings);
        partnerHolidays(trip, warnings);
        limits(trip, policies, warnings);
        return warnings;
    }

    /** Rule 3: the same destination at about the same time, or with the same purpose in the same year. */
    private static void mergeSuggestions(Trip trip, List<Trip> others, long window, Policies policies,
                                         List<DelegationWarning> warnings) {
        for (Trip other : others) {
            Set<String> shared = trip.sharedCountries(other);
            if (shared.isEmpty()) {
                continue;
            }
            long gap = trip.daysApartFrom(other);
            boolean near = gap <= window;
            boolean samePurpose = trip.departure().getYear() == other.departure().getYear() && trip.samePurposeAs(other);
            if (!near && !samePurpose) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (near) {
                why.add(gap == 0 ? "at overlapping dates" : "within " + gap + " day" + (gap == 1 ? "" : "s") + " of this trip");
            }
            if (samePurpose) {
                why.add("for the same purpose");
            }
            warnings.add(DelegationWarning.of(DelegationWarningCode.MERGE_SUGGESTED,
                    "Consider merging with " + other.describe() + ", which also goes to " + String.join(", ", shared)
                            + " " + String.join(" and ", why) + " (cân nhắc gộp các đoàn; merge window "
                            + window + " days: " + policies.legalSource(PolicyKey.MERGE_WARNING_WINDOW_DAYS, trip.agency()) + ").",
                    other.id()));
        }
    }

    /** Rule 3: heads of delegation of one agency in one country at overlapping dates, this one included. */
    private static void tooManyLeaders(Trip trip, List<Trip> others, Policies policies,
                                       List<DelegationWarning> warnings) {
        long limit = policies.value(PolicyKey.LEADERS_AT_ONE_PLACE_LIMIT, trip.agency());
        for (String country : trip.countries()) {
            List<Trip> together = others.stream()
                    .filter(other -> other.agency().equals(trip.agency()) && other.countries().contains(country)
                            && trip.daysApartFrom(other) == 0 && other.heads() > 0)
                    .toList();
            long heads = trip.heads() + together.stream().mapToLong(Trip::heads).sum();
            if (heads <= limit) {
                continue;
            }
            String with = together.isEmpty() ? ""
                    : " with " + together.stream().map(Trip::describe).collect(Collectors.joining(", "));
            warnings.add(DelegationWarning.of(DelegationWarningCode.TOO_MANY_LEADERS,
                    heads + " heads of delegation (trưởng đoàn) of " + trip.agency() + " would be in " + country
                            + " at overlapping dates, this delegation" + with + ": above the limit of " + limit + " ("
                            + policies.legalSource(PolicyKey.LEADERS_AT_ONE_PLACE_LIMIT, trip.agency())
                            + "). Consider merging them into one delegation.",
                    together.isEmpty() ? null : together.get(0).id()));
        }
    }

    /** Rule 4: the partners' public holidays and breaks (nghỉ lễ, nghỉ đông, nghỉ hè). */
    private void partnerHolidays(Trip trip, List<DelegationWarning> warnings) {
        for (String country : trip.countries()) {
            if (country.equals(HolidayCalendar.REGISTRY_COUNTRY)) {
                continue;
            }
            Map<String, List<LocalDate[]>> runs = new LinkedHashMap<>();
            for (Holiday holiday : calendar.holidaysBetween(country, trip.departure(), trip.returning())) {
                if (holiday.kind() == HolidayKind.WORKING_DAY) {
                    continue;
                }
                List<LocalDate[]> dates = runs.computeIfAbsent(holiday.name(), name -> new ArrayList<>());
                LocalDate[] last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
                if (last != null && last[1].plusDays(1).equals(holiday.date())) {
                    last[1] = holiday.date();
                } else {
                    dates.add(new LocalDate[] {holiday.date(), holiday.date()});
                }
            }
            if (runs.isEmpty()) {
                continue;
            }
            String named = runs.entrySet().stream()
                    .flatMap(entry -> entry.getValue().stream().map(run -> entry.getKey() + " ("
                            + (run[0].equals(run[1]) ? run[0] : run[0] + " to " + run[1]) + ")"))
                    .collect(Collectors.joining(", "));
            warnings.add(DelegationWarning.of(DelegationWarningCode.PARTNER_HOLIDAY,
                    "The trip (" + trip.departure() + " to " + trip.returning() + ") falls on holidays in " + country
                            + ": " + named + ". Partners may be away; consider other dates (" + PARTNER_HOLIDAY_SOURCE
                            + ").", null));
        }
    }

    /** Rule 5: keep delegations small, short and to few countries. */
    private static void limits(Trip trip, Policies policies, List<DelegationWarning> warnings) {
        long size = trip.details().members().size();
        long sizeLimit = policies.value(PolicyKey.DELEGATION_SIZE_LIMIT, trip.agency());
        if (size > sizeLimit) {
            warnings.add(DelegationWarning.of(DelegationWarningCode.SIZE_ABOVE_LIMIT,
                    "The delegation has " + size + " members, above the limit of " + sizeLimit + " people ("
                            + policies.legalSource(PolicyKey.DELEGATION_SIZE_LIMIT, trip.agency())
                            + "). Members must be truly needed; keep the delegation small (bảo đảm gọn nhẹ).", null));
        }
        long days = DAYS.between(trip.departure(), trip.returning()) + 1;
        long lengthLimit = policies.value(PolicyKey.DELEGATION_LENGTH_LIMIT_DAYS, trip.agency());
        if (days > lengthLimit) {
            warnings.add(DelegationWarning.of(DelegationWarningCode.LENGTH_ABOVE_LIMIT,
                    "The trip lasts " + days + " days, departure and return included, above the limit of "
                            + lengthLimit + " days (" + policies.legalSource(PolicyKey.DELEGATION_LENGTH_LIMIT_DAYS, trip.agency())
                            + ").", null));
        }
        long countries = trip.countries().size();
        long countryLimit = policies.value(PolicyKey.DELEGATION_COUNTRY_LIMIT, trip.agency());
        if (countries > countryLimit) {
            warnings.add(DelegationWarning.of(DelegationWarningCode.COUNTRIES_ABOVE_LIMIT,
                    "The delegation visits " + countries + " countries (" + String.join(", ", trip.countries())
                            + "), above the limit of " + countryLimit + " ("
                            + policies.legalSource(PolicyKey.DELEGATION_COUNTRY_LIMIT, trip.agency()) + ").", null));
        }
    }

    /**
     * One delegation as the warnings see it, with its countries and purpose worked out once: each
     * trip is compared with every other trip to the same countries in the year.
     */
    private record Trip(String id, String agency, DelegationDetails details, Set<String> countries, String purpose) {

        private static final Pattern SPACES = Pattern.compile("\\s+");

        static Trip of(String id, String agency, DelegationDetails details) {
            return details == null ? new Trip(id, agency, null, Set.of(), "")
                    : new Trip(id, agency, details, countriesOf(details), normalised(details.purpose()));
        }

        boolean hasDates() {
            return details != null && details.departureDate() != null && details.returnDate() != null;
        }

        LocalDate departure() {
            return details.departureDate();
        }

        LocalDate returning() {
            return details.returnDate();
        }

        private static Set<String> countriesOf(DelegationDetails details) {
            Set<String> countries = new LinkedHashSet<>();
            for (Destination destination : details.destinations()) {
                if (destination != null && destination.countryCode() != null) {
                    countries.add(destination.countryCode().strip().toUpperCase(Locale.ROOT));
                }
            }
            return countries;
        }

        Set<String> sharedCountries(Trip other) {
            Set<String> shared = new LinkedHashSet<>(countries());
            shared.retainAll(other.countries());
            return shared;
        }

        /** 0 when the trips overlap, else the days between the end of the earlier and the start of the later. */
        long daysApartFrom(Trip other) {
            if (other.departure().isAfter(returning())) {
                return DAYS.between(returning(), other.departure());
            }
            if (departure().isAfter(other.returning())) {
                return DAYS.between(other.returning(), departure());
            }
            return 0;
        }

        boolean samePurposeAs(Trip other) {
            return !purpose.isEmpty() && purpose.equals(other.purpose());
        }

        long heads() {
            return details.members().stream().filter(member -> member != null && member.head()).count();
        }

        String describe() {
            return "delegation \"" + details.title() + "\" of " + agency + " (" + departure() + " to " + returning()
                    + ", id " + id + ")";
        }

        private static String normalised(String text) {
            return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        }
    }
}
