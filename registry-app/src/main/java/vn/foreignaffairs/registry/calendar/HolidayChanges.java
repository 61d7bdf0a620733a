package vn.foreignaffairs.registry.calendar;

import java.util.List;
import vn.foreignaffairs.registry.api.calendar.HolidayChangeView;

/** The changes administrators made to a country's calendar (a read model; tests give their own). */
public interface HolidayChanges {

    List<HolidayChangeView> of(String country);
}
