package vn.foreignaffairs.registry.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.api.calendar.AddHolidayCommand;
import vn.foreignaffairs.registry.api.calendar.CalendarId;
import vn.foreignaffairs.registry.api.calendar.HolidayChangeView;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;
import vn.foreignaffairs.registry.api.calendar.ListHolidayChangesQuery;
import vn.foreignaffairs.registry.api.calendar.RemoveHolidayCommand;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.PastStates;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * The holiday calendars in force, per country, with where each day comes from; administrators
 * add and remove days, each change an event of that country's calendar.
 */
@RestController
@RequestMapping("/api/v1/calendars")
public class CalendarController {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final ZoneId REGISTRY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A day to add; {@code kind} defaults to a public holiday. */
    public record HolidayRequest(@NotNull LocalDate date,
                                 @NotBlank @Size(max = 200) String name,
                                 HolidayKind kind,
                                 @NotBlank @Size(max = 2000) String reason) {
    }

    /** Why a day is taken out; {@code kind} defaults to a public holiday. */
    public record RemovalRequest(@NotBlank @Size(max = 2000) String reason, HolidayKind kind) {
    }

    /** A country's data file: what it cites and the years it covers. */
    public record CalendarSummary(String country, String dataFile, String dataSource, int firstYear, int lastYear) {
    }

    /**
     * One country's calendar for a year: the days in force, and the data-file days an
     * administrator removed (with who and why).
     */
    public record CountryCalendarView(String country, int year, String dataFile, String dataSource,
                                      List<Holiday> holidays, List<HolidayChangeView> removed) {
    }

    private final CommandSender commands;
    private final HolidayCalendar calendar;
    private final HolidayDataFiles dataFiles;
    private final HolidayChanges changes;
    private final ReadModelWait readModelWait;
    private final PastStates pastStates;

    public CalendarController(CommandSender commands, HolidayCalendar calendar, HolidayDataFiles dataFiles,
                              HolidayChanges changes, ReadModelWait readModelWait, PastStates pastStates) {
        this.commands = commands;
        this.calendar = calendar;
        this.dataFiles = dataFiles;
        this.changes = changes;
        this.readModelWait = readModelWait;
        this.pastStates = pastStates;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<CalendarSummary> list() {
        return dataFiles.countries().stream()
                .flatMap(country -> dataFiles.file(country).stream())
                .map(file -> new CalendarSummary(file.country(), file.file(), file.source(), file.firstYear(),
                        file.lastYear()))
                .toList();
    }

    /**
     * The calendar in force, or as it stood at {@code asOf}: the data file with the changes made by
     * then, rebuilt from the calendar's events (before its first change, the data file alone).
     */
    @GetMapping("/{country}")
    @PreAuthorize("isAuthenticated()")
    public CountryCalendarView get(@PathVariable("country") String rawCountry,
                                   @RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
                                   @RequestParam(required = false) AsOf asOf) {
        String country = country(rawCountry);
        int shown = year == null ? LocalDate.now(REGISTRY_ZONE).getYear() : year;
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        List<HolidayChangeView> changed = asOf == null ? changes.of(country)
                : pastStates.list(CalendarId.of(country).value(), asOf, new ListHolidayChangesQuery(country),
                        HolidayChangeView.class);
        HolidayCalendar shownCalendar = asOf == null ? calendar : new HolidayCalendar(dataFiles, ignored -> changed);
        List<HolidayChangeView> removed = changed.stream()
                .filter(change -> change.removed() && change.date().getYear() == shown)
                .toList();
        var file = dataFiles.file(country);
        return new CountryCalendarView(country, shown, file.map(HolidayDataFiles.CountryFile::file).orElse(null),
                file.map(HolidayDataFiles.CountryFile::source).orElse(null),
                shownCalendar.holidaysBetween(country, from, to), removed);
    }

    @PostMapping("/{country}/holidays")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> add(@PathVariable("country") String rawCountry,
                                 @Valid @RequestBody HolidayRequest request) {
        String country = country(rawCountry);
        HolidayKind kind = request.kind() == null ? HolidayKind.PUBLIC_HOLIDAY : request.kind();
        long version = commands.send(new AddHolidayCommand(CalendarId.of(country), country, request.date(), kind,
                request.name(), request.reason()), request.reason());
        return written(country, request.date(), kind, version, HttpStatus.CREATED);
    }

    @DeleteMapping("/{country}/holidays/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> remove(@PathVariable("country") String rawCountry,
                                    @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                    @Valid @RequestBody RemovalRequest request) {
        String country = country(rawCountry);
        HolidayKind kind = request.kind() == null ? HolidayKind.PUBLIC_HOLIDAY : request.kind();
        long version = commands.send(new RemoveHolidayCommand(CalendarId.of(country), country, date, kind,
                request.reason()), request.reason());
        return written(country, date, kind, version, HttpStatus.OK);
    }

    /** The change as the read model now shows it, or 202 if it lags past the read-your-writes timeout. */
    private ResponseEntity<?> written(String country, LocalDate date, HolidayKind kind, long version,
                                      HttpStatus status) {
        URI location = URI.create("/api/v1/calendars/" + country + "?year=" + date.getYear());
        return readModelWait.until(() -> changes.of(country).stream()
                                .filter(change -> change.date().equals(date) && change.kind() == kind)
                                .findFirst().orElse(null),
                        HolidayChangeView::version, version)
                .<ResponseEntity<?>>map(change -> ResponseEntity.status(status).location(location).body(change))
                .orElseGet(() -> ResponseEntity.accepted().location(location).body(Map.of("country", country,
                        "version", version, "detail", "Recorded; the calendar will show it in a moment.")));
    }

    private static String country(String raw) {
        if (raw == null || !COUNTRY.matcher(raw).matches()) {
            throw new RecordNotFound();
        }
        return raw.toUpperCase(Locale.ROOT);
    }
}
