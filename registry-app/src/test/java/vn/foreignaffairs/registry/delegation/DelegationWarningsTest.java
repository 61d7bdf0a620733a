package vn.foreignaffairs.registry.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.DelegationWarning;
import vn.foreignaffairs.registry.api.delegation.Destination;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.PassportKind;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;
import vn.foreignaffairs.registry.calendar.HolidayDataFiles;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.security.Actor;

/** One rule per test: the warning appears when the rule is broken, and not when it is kept. */
class DelegationWarningsTest {

    private static final HolidayCalendar CALENDAR = new HolidayCalendar(new HolidayDataFiles(), country -> List.of());
    private static final LocalDate DEPARTURE = LocalDate.of(2029, 6, 4);
    private static final LocalDate RETURN = LocalDate.of(2029, 6, 8);
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, "SNGV");
    private static final Actor SKHDT_OFFICER = new Actor("officer", "Officer", Role.OFFICER, "SKHDT");

    private final List<DelegationView> recorded = new ArrayList<>();
    private final Map<String, Long> agencyValues = new HashMap<>();
    private final Policies policies = new Policies() {
        @Override
        public long value(PolicyKey key) {
            return key.defaultValue();
        }

        @Override
        public long value(PolicyKey key, String agencyCode) {
            return agencyValues.getOrDefault(key + "@" + agencyCode, key.defaultValue());
        }
    };
    private final DelegationWarnings warnings = new DelegationWarnings(
            (fromYear, toYear, countries) -> recorded.stream()
                    .filter(view -> view.year() >= fromYear && view.year() <= toYear)
                    .filter(view -> view.details().destinations().stream().anyMatch(to -> countries.contains(to.countryCode())))
                    .toList(),
            policies, CALENDAR);

    /** A delegation of one head and {@code size - 1} members. */
    private static DelegationDetails trip(String title, String purpose, LocalDate departure, LocalDate returning,
                                          int size, String... countries) {
        List<Member> members = IntStream.range(0, size)
                .mapToObj(i -> new Member("Thành viên " + i, "Chuyên viên", "SKHDT", PassportKind.OFFICIAL, i == 0))
                .toList();
        return new DelegationDetails(title, purpose,
                List.of(countries).stream().map(country -> new Destination(country, null)).toList(),
                List.of(), departure, returning, members, null);
    }

    private static DelegationDetails trip(String purpose, LocalDate departure, LocalDate returning, String... countries) {
        return trip("Đoàn " + purpose, purpose, departure, returning, 1, countries);
    }

    private DelegationView recorded(String id, String agency, DelegationStatus status, DelegationDetails details) {
        DelegationView view = new DelegationView(id, agency, details.departureDate().getYear(), status, 2, details,
                null, null, null, "officer", Instant.EPOCH, Instant.EPOCH, List.of(), null);
        recorded.add(view);
        return view;
    }

    private List<DelegationWarning> on(String agency, DelegationDetails details) {
        return warnings.of("this", agency, details);
    }

    private static List<String> codes(List<DelegationWarning> warnings) {
        return warnings.stream().map(DelegationWarning::code).toList();
    }

    @Test
    void anOverlappingTripToTheSameCountryOfAnyAgencyIsSuggestedForMergingByName() {
        recorded("first", "SCT", DelegationStatus.SUBMITTED,
                trip("Trade fair", "Xúc tiến thương mại", DEPARTURE.plusDays(2), RETURN.plusDays(2), 1, "JP"));

        List<DelegationWarning> found = on("SKHDT", trip("Investment", DEPARTURE, RETURN, "JP"));

        assertThat(found).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("MERGE_SUGGESTED");
            assertThat(warning.relatedDelegationId()).isEqualTo("first");
            assertThat(warning.message()).contains("\"Trade fair\"", "SCT", "JP", "overlapping", "gộp",
                    PolicyKey.MERGE_WARNING_WINDOW_DAYS.defaultLegalSource());
        });
    }

    @Test
    void aTripWithinTheMergeWindowIsSuggestedAndOneBeyondItIsNot() {
        recorded("week-later", "SCT", DelegationStatus.APPROVED,
                trip("Other", RETURN.plusDays(7), RETURN.plusDays(9), "JP"));
        assertThat(codes(on("SKHDT", trip("Investment", DEPARTURE, RETURN, "JP")))).containsExactly("MERGE_SUGGESTED");

        recorded.clear();
        recorded("too-late", "SCT", DelegationStatus.APPROVED,
                trip("Other", RETURN.plusDays(8), RETURN.plusDays(9), "JP"));
        assertThat(on("SKHDT", trip("Investment", DEPARTURE, RETURN, "JP"))).isEmpty();
    }

    @Test
    void theMergeWindowIsTheAgencysPolicyValue() {
        recorded("next-day", "SCT", DelegationStatus.APPROVED, trip("Other", RETURN.plusDays(1), RETURN.plusDays(2), "JP"));
        agencyValues.put(PolicyKey.MERGE_WARNING_WINDOW_DAYS + "@SKHDT", 0L);

        assertThat(on("SKHDT", trip("Investment", DEPARTURE, RETURN, "JP"))).isEmpty();
    }

    @Test
    void theSamePurposeInTheSameYearIsSuggestedForMergingWhateverTheDates() {
        recorded("autumn", "SDL", DelegationStatus.SUBMITTED,
                trip("  investment   PROMOTION ", LocalDate.of(2029, 11, 5), LocalDate.of(2029, 11, 9), "JP"));
        recorded("next-year", "SDL", DelegationStatus.SUBMITTED,
                trip("Investment promotion", LocalDate.of(2030, 6, 4), LocalDate.of(2030, 6, 8), "JP"));

        List<DelegationWarning> found = on("SKHDT", trip("Investment promotion", DEPARTURE, RETURN, "JP"));

        assertThat(found).singleElement().satisfies(warning -> {
            assertThat(warning.relatedDelegationId()).isEqualTo("autumn");
            assertThat(warning.message()).contains("same purpose");
        });
    }

    @Test
    void aTripToAnotherCountryOrItselfIsNoMerge() {
        recorded("korea", "SCT", DelegationStatus.SUBMITTED, trip("Investment", DEPARTURE, RETURN, "KR"));
        recorded("this", "SKHDT", DelegationStatus.DRAFT, trip("Investment", DEPARTURE, RETURN, "JP"));

        assertThat(on("SKHDT", trip("Investment", DEPARTURE, RETURN, "JP"))).isEmpty();
    }

    @Test
    void anOfficerIsNotToldAboutAnotherAgencysDraft() {
        recorded("sct-draft", "SCT", DelegationStatus.DRAFT, trip("Secret", DEPARTURE, RETURN, "JP"));
        DelegationView mine = new DelegationView("this", "SKHDT", 2029, DelegationStatus.SUBMITTED, 2,
                trip("Investment", DEPARTURE, RETURN, "JP"), null, null, null, "officer", Instant.EPOCH, Instant.EPOCH, List.of(), null);

        assertThat(warnings.seenBy(SKHDT_OFFICER, mine)).isEmpty();
        assertThat(codes(warnings.seenBy(REVIEWER, mine))).containsExactly("MERGE_SUGGESTED");
    }

    @Test
    void aCancelledOrRejectedDelegationHasNoWarnings() {
        DelegationView cancelled = new DelegationView("this", "SKHDT", 2029, DelegationStatus.CANCELLED, 3,
                trip("Big", "x", DEPARTURE, RETURN, 11, "JP"), null, null, "Hoãn", "officer", Instant.EPOCH,
                Instant.EPOCH, List.of(), null);

        assertThat(warnings.seenBy(REVIEWER, cancelled)).isEmpty();
    }

    @Test
    void tooManyHeadsOfOneAgencyInOneCountryAtOnceAreWarnedOf() {
        recorded("a", "SKHDT", DelegationStatus.APPROVED, trip("Port", "Cảng biển", DEPARTURE, RETURN, 1, "JP"));
        recorded("b", "SKHDT", DelegationStatus.SUBMITTED, trip("Rail", "Đường sắt", RETURN, RETURN.plusDays(3), 1, "JP"));

        List<DelegationWarning> found = on("SKHDT", trip("Airport", "Sân bay", DEPARTURE, RETURN, 1, "JP"));

        assertThat(found).filteredOn(warning -> warning.code().equals("TOO_MANY_LEADERS")).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.message()).contains("3 heads", "SKHDT", "JP", "limit of 2", "\"Port\"", "\"Rail\"",
                            PolicyKey.LEADERS_AT_ONE_PLACE_LIMIT.defaultLegalSource());
                    assertThat(warning.relatedDelegationId()).isEqualTo("a");
                });
    }

    @Test
    void headsOfOtherAgenciesOrAtOtherTimesAreNotCounted() {
        recorded("a", "SKHDT", DelegationStatus.APPROVED, trip("Port", "Cảng biển", DEPARTURE, RETURN, 1, "JP"));
        recorded("other-agency", "SCT", DelegationStatus.APPROVED, trip("Rail", "Đường sắt", DEPARTURE, RETURN, 1, "JP"));
        recorded("later", "SKHDT", DelegationStatus.APPROVED,
                trip("Later", "Khác", RETURN.plusDays(1), RETURN.plusDays(3), 1, "JP"));

        assertThat(codes(on("SKHDT", trip("Airport", "Sân bay", DEPARTURE, RETURN, 1, "JP"))))
                .doesNotContain("TOO_MANY_LEADERS");
    }

    @Test
    void aTripOverAPartnersHolidaysNamesThem() {
        List<DelegationWarning> found = on("SKHDT",
                trip("Investment", LocalDate.of(2028, 4, 27), LocalDate.of(2028, 5, 2), "JP", "NZ"));

        assertThat(found).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("PARTNER_HOLIDAY");
            assertThat(warning.message()).contains("JP", "Shōwa Day (2028-04-29)", "Golden Week (2028-04-29 to 2028-05-02)",
                    "nghỉ lễ, nghỉ đông, nghỉ hè");
            assertThat(warning.message()).doesNotContain("NZ:");
        });
    }

    @Test
    void aTripOutsideThePartnersHolidaysIsNotWarned() {
        assertThat(on("SKHDT", trip("Investment", LocalDate.of(2028, 6, 5), LocalDate.of(2028, 6, 9), "JP"))).isEmpty();
    }

    @Test
    void moreMembersThanTheLimitAreWarnedOf() {
        List<DelegationWarning> eleven = on("SKHDT", trip("Big", "x", DEPARTURE, RETURN, 11, "JP"));
        assertThat(eleven).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("SIZE_ABOVE_LIMIT");
            assertThat(warning.message()).contains("11 members", "limit of 10",
                    PolicyKey.DELEGATION_SIZE_LIMIT.defaultLegalSource());
        });
        assertThat(on("SKHDT", trip("Ten", "x", DEPARTURE, RETURN, 10, "JP"))).isEmpty();
    }

    @Test
    void theSizeLimitIsTheAgencysOwnWhenSet() {
        agencyValues.put(PolicyKey.DELEGATION_SIZE_LIMIT + "@SDL", 12L);

        assertThat(on("SDL", trip("Big", "x", DEPARTURE, RETURN, 11, "JP"))).isEmpty();
        assertThat(codes(on("SKHDT", trip("Big", "x", DEPARTURE, RETURN, 11, "JP")))).containsExactly("SIZE_ABOVE_LIMIT");
    }

    @Test
    void aTripLongerThanTheLimitCountingBothEndsIsWarnedOf() {
        List<DelegationWarning> elevenDays = on("SKHDT",
                trip("Long", LocalDate.of(2029, 6, 1), LocalDate.of(2029, 6, 11), "JP"));
        assertThat(elevenDays).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("LENGTH_ABOVE_LIMIT");
            assertThat(warning.message()).contains("11 days", "limit of 10 days");
        });
        assertThat(on("SKHDT", trip("Ten days", LocalDate.of(2029, 6, 1), LocalDate.of(2029, 6, 10), "JP"))).isEmpty();
    }

    @Test
    void moreCountriesThanTheLimitAreWarnedOf() {
        List<DelegationWarning> four = on("SKHDT", trip("Tour", DEPARTURE, RETURN, "NZ", "SG", "MY", "ID"));
        assertThat(four).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("COUNTRIES_ABOVE_LIMIT");
            assertThat(warning.message()).contains("4 countries", "NZ, SG, MY, ID", "limit of 3");
        });
        assertThat(on("SKHDT", trip("Tour", DEPARTURE, RETURN, "NZ", "SG", "MY", "SG"))).isEmpty();
    }
}
