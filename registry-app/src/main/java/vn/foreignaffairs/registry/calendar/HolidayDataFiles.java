package vn.foreignaffairs.registry.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.calendar.HolidayKind;

/**
 * The default holiday calendars, one file per country under {@code calendars/} (e.g.
 * {@code calendars/JP.csv}), read once at start-up. Each line is {@code date,name[,kind]}: the date
 * is {@code 2025-04-29} or a period {@code 2025-04-29/2025-05-05}, the kind one of
 * {@link HolidayKind} (a public holiday when left out); lines starting with {@code #} are comments,
 * and {@code # source:} lines say where the dates come from. A malformed file stops start-up.
 */
@Component
public class HolidayDataFiles {

    static final String LOCATION = "classpath*:calendars/*.csv";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final String SOURCE_PREFIX = "# source:";

    /** One country's file: its name, what it cites, and its days by date and kind. */
    public record CountryFile(String country, String file, String source,
                              NavigableMap<LocalDate, Map<HolidayKind, String>> days) {

        public int firstYear() {
            return days.isEmpty() ? 0 : days.firstKey().getYear();
        }

        public int lastYear() {
            return days.isEmpty() ? 0 : days.lastKey().getYear();
        }
    }

    private final Map<String, CountryFile> files;

    public HolidayDataFiles() {
        this(LOCATION);
    }

    HolidayDataFiles(String location) {
        Map<String, CountryFile> loaded = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                CountryFile file = read(resource);
                loaded.put(file.country(), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendars at " + location, e);
        }
        this.files = Collections.unmodifiableMap(loaded);
    }

    public Set<String> countries() {
        return files.keySet();
    }

    public Optional<CountryFile> file(String country) {
        return Optional.ofNullable(files.get(country));
    }

    /** The data file's days from {@code from} to {@code to}, both included. */
    public List<Holiday> between(String country, LocalDate from, LocalDate to) {
        List<Holiday> days = new ArrayList<>();
        CountryFile file = files.get(country);
        if (file == null || to.isBefore(from)) {
            return days;
        }
        file.days().subMap(from, true, to, true).forEach((date, kinds) ->
                kinds.forEach((kind, name) -> days.add(Holiday.fromDataFile(date, name, kind))));
        return days;
    }

    /** The name the data file gives this day as this kind, if it lists it. */
    public Optional<String> name(String country, LocalDate date, HolidayKind kind) {
        CountryFile file = files.get(country);
        return file == null ? Optional.empty() : Optional.ofNullable(file.days().getOrDefault(date, Map.of()).get(kind));
    }

    private static CountryFile read(Resource resource) throws IOException {
        String fileName = resource.getFilename() == null ? "" : resource.getFilename();
        String country = fileName.replaceFirst("\\.csv$", "").toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalStateException("Holiday calendar " + fileName
                    + " must be named after a two-letter country code, e.g. JP.csv");
        }
        String where = "calendars/" + fileName;
        List<String> sources = new ArrayList<>();
        NavigableMap<LocalDate, Map<HolidayKind, String>> days = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.regionMatches(true, 0, SOURCE_PREFIX, 0, SOURCE_PREFIX.length())) {
                    sources.add(text.substring(SOURCE_PREFIX.length()).strip());
                }
                if (text.isEmpty() || text.startsWith("#") || text.equals("date,name,kind")
                        || text.equals("date,name")) {
                    continue;
                }
                parse(text, where + ":" + number, days);
            }
        }
        return new CountryFile(country, where, String.join(" ", sources), days);
    }

    private static void parse(String line, String where, NavigableMap<LocalDate, Map<HolidayKind, String>> days) {
        String[] fields = line.split(",", -1);
        if (fields.length < 2 || fields.length > 3 || fields[1].isBlank()) {
            throw new IllegalStateException(where + ": expected date,name[,kind] but found '" + line + "'");
        }
        HolidayKind kind;
        try {
            kind = fields.length == 3 && !fields[2].isBlank()
                    ? HolidayKind.valueOf(fields[2].strip()) : HolidayKind.PUBLIC_HOLIDAY;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown kind '" + fields[2].strip() + "'", e);
        }
        String name = fields[1].strip();
        String[] period = fields[0].strip().split("/", -1);
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(period[0]);
            last = period.length == 2 ? LocalDate.parse(period[1]) : first;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": '" + fields[0] + "' is not a date or date/date period", e);
        }
        if (period.length > 2 || last.isBefore(first) || first.plusDays(366).isBefore(last)) {
            throw new IllegalStateException(where + ": '" + fields[0] + "' is not a period of at most a year");
        }
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            days.computeIfAbsent(date, d -> new EnumMap<>(HolidayKind.class))
                    .merge(kind, name, (earlier, later) -> earlier.equals(later) ? earlier : earlier + "; " + later);
        }
    }
}
