package vn.foreignaffairs.registry.audit.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Sentences an inspector reads for each event, in Vietnamese and English. The templates live in
 * {@code messages/events_vi.properties} and {@code messages/events_en.properties}, keyed by the
 * event's simple class name; {@code {decision.number}} in a template is filled from the event's
 * fields (record components, followed by dots). Enum values are translated through the keys
 * {@code enum.<Type>.<VALUE>} of the same files when present.
 */
@Component
public class EventDescriptions {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(VIETNAMESE, ENGLISH);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final String MISSING = "—";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<String, Properties> templates = Map.of(
            "vi", load("messages/events_vi.properties"),
            "en", load("messages/events_en.properties"));

    /** The sentence for an event in the given language (Vietnamese unless English is asked for). */
    public String describe(EventMessage<?> event, Locale locale) {
        return describe(event.getPayload(), locale);
    }

    public String describe(Object payload, Locale locale) {
        String language = languageOf(locale);
        String template = template(payload.getClass(), locale)
                .orElseGet(() -> templates.get(language).getProperty("fallback"));
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder sentence = new StringBuilder();
        while (matcher.find()) {
            Object value = valueAt(payload, matcher.group(1));
            matcher.appendReplacement(sentence, Matcher.quoteReplacement(format(value, language)));
        }
        matcher.appendTail(sentence);
        return sentence.toString();
    }

    /** The template for an event class in a language, if it has one. */
    public Optional<String> template(Class<?> eventClass, Locale locale) {
        return Optional.ofNullable(templates.get(languageOf(locale)).getProperty(eventClass.getSimpleName()));
    }

    /** The placeholders of a template, for checks that each names a field of its event. */
    public static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(result -> result.group(1)).toList();
    }

    /** {@code vi} or {@code en}: Vietnamese is the registry's first language. */
    public static String languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    private static Object valueAt(Object payload, String path) {
        Object value = payload;
        for (String name : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = component(value, name);
        }
        return value;
    }

    private static Object component(Object value, String name) {
        try {
            Method accessor = value.getClass().getMethod(name);
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private String format(Object value, String language) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return MISSING;
        }
        if (value instanceof LocalDate date) {
            return "vi".equals(language) ? VIETNAMESE_DATE.format(date) : date.toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return templates.get(language).getProperty(flag ? "yes" : "no");
        }
        if (value instanceof Enum<?> constant) {
            return templates.get(language).getProperty(
                    "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), constant.name());
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? MISSING
                    : items.stream().map(item -> format(item, language)).collect(Collectors.joining(", "));
        }
        if (value instanceof Record record && isWrapper(record)) {
            return format(component(record, "value"), language);
        }
        return value.toString();
    }

    /** Identifiers and codes ({@code AgencyCode}, {@code DelegationId}, ...) are records of one {@code value}. */
    private static boolean isWrapper(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EventDescriptions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
