package vn.foreignaffairs.registry.calendar;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.calendar.AddHolidayCommand;
import vn.foreignaffairs.registry.api.calendar.CalendarId;
import vn.foreignaffairs.registry.api.calendar.HolidayAdded;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;
import vn.foreignaffairs.registry.api.calendar.HolidayRemoved;
import vn.foreignaffairs.registry.api.calendar.RemoveHolidayCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.common.Versions;

/**
 * One country's holiday calendar as administrators changed it: every day added or removed over
 * the country's data file, with who, when and why. A day is in force when the latest change
 * added it, or, with no change, when the data file lists it.
 */
@Aggregate
public class CountryCalendar {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** A day of the calendar as one kind (a date may be both a public holiday and part of a break). */
    private record Day(LocalDate date, HolidayKind kind) {
    }

    @AggregateIdentifier
    private CalendarId id;
    /** The name each changed day was added under, or null where it was removed. */
    private final Map<Day, String> changed = new HashMap<>();

    protected CountryCalendar() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AddHolidayCommand command, HolidayDataFiles dataFiles) {
        requireCountryAndDate(command.id(), command.country(), command.date());
        HolidayKind kind = kindOrPublicHoliday(command.kind());
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "name", "A holiday needs a name.");
        }
        requireReason(command.reason());
        if (kind == HolidayKind.WORKING_DAY && !isWeekend(command.date())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "date",
                    "Only a Saturday or Sunday can be made a working day.");
        }
        Optional<String> existing = nameInForce(new Day(command.date(), kind), command.country(), dataFiles);
        if (existing.isPresent()) {
            throw new RuleViolation(RefusalCode.ALREADY_EXISTS, "The calendar of " + command.country()
                    + " already has " + command.date() + " as " + kind + " (" + existing.get()
                    + "); remove it first to rename it.");
        }
        apply(new HolidayAdded(command.id(), command.country(), command.date(), kind,
                command.name().strip(), command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RemoveHolidayCommand command, HolidayDataFiles dataFiles) {
        requireCountryAndDate(command.id(), command.country(), command.date());
        HolidayKind kind = kindOrPublicHoliday(command.kind());
        requireReason(command.reason());
        String name = nameInForce(new Day(command.date(), kind), command.country(), dataFiles)
                .orElseThrow(() -> new RuleViolation(RefusalCode.NOT_FOUND, "The calendar of " + command.country()
                        + " has no " + kind + " on " + command.date() + "."));
        apply(new HolidayRemoved(command.id(), command.country(), command.date(), kind, name,
                command.reason().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(HolidayAdded event) {
        id = event.id();
        changed.put(new Day(event.date(), event.kind()), event.name());
    }

    @EventSourcingHandler
    void on(HolidayRemoved event) {
        id = event.id();
        changed.put(new Day(event.date(), event.kind()), null);
    }

    private Optional<String> nameInForce(Day day, String country, HolidayDataFiles dataFiles) {
        if (changed.containsKey(day)) {
            return Optional.ofNullable(changed.get(day));
        }
        return dataFiles.name(country, day.date(), day.kind());
    }

    private static void requireCountryAndDate(CalendarId id, String country, LocalDate date) {
        if (country == null || !COUNTRY.matcher(country).matches() || !id.equals(CalendarId.of(country))) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "country",
                    "A calendar is named by a two-letter ISO country code, e.g. JP.");
        }
        if (date == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "date", "Say which day.");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "A calendar change needs a reason.");
        }
    }

    private static HolidayKind kindOrPublicHoliday(HolidayKind kind) {
        return kind == null ? HolidayKind.PUBLIC_HOLIDAY : kind;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
