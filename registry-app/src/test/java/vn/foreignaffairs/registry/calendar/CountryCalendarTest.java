package vn.foreignaffairs.registry.calendar;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.calendar.AddHolidayCommand;
import vn.foreignaffairs.registry.api.calendar.CalendarId;
import vn.foreignaffairs.registry.api.calendar.HolidayAdded;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;
import vn.foreignaffairs.registry.api.calendar.HolidayRemoved;
import vn.foreignaffairs.registry.api.calendar.RemoveHolidayCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;

class CountryCalendarTest {

    private static final CalendarId JP = CalendarId.of("JP");
    private static final HolidayKind PUBLIC = HolidayKind.PUBLIC_HOLIDAY;
    private static final LocalDate FREE_DAY = LocalDate.of(2029, 6, 12);
    private static final LocalDate CULTURE_DAY = LocalDate.of(2028, 11, 3);
    private static final String REASON = "Công hàm của Đại sứ quán";

    private AggregateTestFixture<CountryCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CountryCalendar.class);
        fixture.registerInjectableResource(new HolidayDataFiles());
    }

    @Test
    void anAddedHolidayIsRecordedWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(new AddHolidayCommand(JP, "JP", FREE_DAY, null, " Imperial funeral ", REASON))
                .expectEvents(new HolidayAdded(JP, "JP", FREE_DAY, PUBLIC, "Imperial funeral", REASON))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aDayTheCalendarAlreadyHasCannotBeAddedAgain() {
        fixture.givenNoPriorActivity()
                .when(new AddHolidayCommand(JP, "JP", CULTURE_DAY, PUBLIC, "Culture Day", REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ALREADY_EXISTS));
        fixture.given(new HolidayAdded(JP, "JP", FREE_DAY, PUBLIC, "Imperial funeral", REASON))
                .when(new AddHolidayCommand(JP, "JP", FREE_DAY, PUBLIC, "Other", REASON))
                .expectException(refusal(RefusalCode.ALREADY_EXISTS));
    }

    @Test
    void aDataFileHolidayIsRemovedUnderItsName() {
        fixture.givenNoPriorActivity()
                .when(new RemoveHolidayCommand(JP, "JP", CULTURE_DAY, null, REASON))
                .expectEvents(new HolidayRemoved(JP, "JP", CULTURE_DAY, PUBLIC, "Culture Day", REASON));
    }

    @Test
    void aRemovedDayCanBeAddedBackButNotRemovedTwice() {
        fixture.given(new HolidayRemoved(JP, "JP", CULTURE_DAY, PUBLIC, "Culture Day", REASON))
                .when(new AddHolidayCommand(JP, "JP", CULTURE_DAY, PUBLIC, "Culture Day", REASON))
                .expectEvents(new HolidayAdded(JP, "JP", CULTURE_DAY, PUBLIC, "Culture Day", REASON))
                .expectResultMessagePayload(2L);
        fixture.given(new HolidayRemoved(JP, "JP", CULTURE_DAY, PUBLIC, "Culture Day", REASON))
                .when(new RemoveHolidayCommand(JP, "JP", CULTURE_DAY, PUBLIC, REASON))
                .expectException(refusal(RefusalCode.NOT_FOUND));
    }

    @Test
    void removingADayTheCalendarDoesNotHaveIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RemoveHolidayCommand(JP, "JP", FREE_DAY, PUBLIC, REASON))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_FOUND));
    }

    @Test
    void aChangeNeedsAReasonAndAHolidayAName() {
        fixture.givenNoPriorActivity()
                .when(new AddHolidayCommand(JP, "JP", FREE_DAY, PUBLIC, "Imperial funeral", " "))
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
        fixture.givenNoPriorActivity()
                .when(new AddHolidayCommand(JP, "JP", FREE_DAY, PUBLIC, null, REASON))
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "name"));
        fixture.givenNoPriorActivity()
                .when(new RemoveHolidayCommand(JP, "JP", CULTURE_DAY, PUBLIC, null))
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void onlyAWeekendDayCanBeMadeAWorkingDay() {
        fixture.givenNoPriorActivity()
                .when(new AddHolidayCommand(JP, "JP", FREE_DAY, HolidayKind.WORKING_DAY, "Make-up day", REASON))
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "date"));
        LocalDate saturday = LocalDate.of(2029, 6, 16);
        fixture.givenNoPriorActivity()
                .when(new AddHolidayCommand(JP, "JP", saturday, HolidayKind.WORKING_DAY, "Make-up day", REASON))
                .expectEvents(new HolidayAdded(JP, "JP", saturday, HolidayKind.WORKING_DAY, "Make-up day", REASON));
    }
}
