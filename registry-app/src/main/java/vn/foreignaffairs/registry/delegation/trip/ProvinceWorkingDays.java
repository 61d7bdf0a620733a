package vn.foreignaffairs.registry.delegation.trip;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;

/** The province's working days: Vietnam's calendar, with the holidays and exchanged days in force. */
@Component
class ProvinceWorkingDays implements WorkingDays {

    private final HolidayCalendar calendar;

    ProvinceWorkingDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A deadline is a number of working days after its start: " + days);
        }
        return calendar.addWorkingDays("VN", start, days);
    }
}
