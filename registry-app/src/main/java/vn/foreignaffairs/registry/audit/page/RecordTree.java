package vn.foreignaffairs.registry.audit.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * Any answer of the API as something a page can show without knowing its type: the answer is
 * turned into JSON by the application's own ObjectMapper (so exactly what the API would send),
 * then objects become lists of labelled fields, lists of flat objects become tables, and values
 * read as the province reads them (times in Asia/Ho_Chi_Minh, dates day first in Vietnamese).
 * A field's label is {@code audit.field.<name>} when the pages have one, else its name in words.
 */
@Component
public class RecordTree {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NOTHING = "—";

    private final ObjectMapper json;
    private final PageMessages messages;

    public RecordTree(ObjectMapper json, PageMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    /** What a page shows of a value. */
    public sealed interface Node permits Text, Fields, Table, Items {
        String kind();
    }

    /** One value in words. */
    public record Text(String text) implements Node {
        public String kind() {
            return "text";
        }
    }

    /** An object: its fields, each with a label and an id that names its path ({@code field-details-title}). */
    public record Fields(List<Field> fields) implements Node {
        public String kind() {
            return "fields";
        }
    }

    public record Field(String id, String label, Node value) {
    }

    /** A list of objects whose fields are all plain values. */
    public record Table(List<String> columns, List<List<String>> rows) implements Node {
        public String kind() {
            return "table";
        }
    }

    /** A list of anything else. */
    public record Items(List<Node> items) implements Node {
        public String kind() {
            return "items";
        }
    }

    public Node of(Object answer, Locale locale) {
        return node(json.valueToTree(answer), "field", locale);
    }

    private Node node(JsonNode value, String path, Locale locale) {
        if (value.isObject()) {
            List<Field> fields = new ArrayList<>();
            value.fields().forEachRemaining(entry -> {
                String id = path + "-" + entry.getKey();
                fields.add(new Field(id, label(entry.getKey(), locale), node(entry.getValue(), id, locale)));
            });
            return new Fields(fields);
        }
        if (value.isArray()) {
            List<JsonNode> elements = StreamSupport.stream(value.spliterator(), false).toList();
            if (elements.isEmpty()) {
                return new Text(NOTHING);
            }
            if (elements.stream().allMatch(JsonNode::isValueNode)) {
                return new Text(String.join(", ", elements.stream().map(element -> text(element, locale)).toList()));
            }
            if (elements.stream().allMatch(RecordTree::isFlatObject)) {
                return table(elements, locale);
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                items.add(node(elements.get(i), path + "-" + i, locale));
            }
            return new Items(items);
        }
        return new Text(text(value, locale));
    }

    private Table table(List<JsonNode> rows, Locale locale) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(names::add));
        List<List<String>> cells = rows.stream().map(row -> names.stream()
                .map(name -> row.has(name) ? flat(row.get(name), locale) : NOTHING).toList()).toList();
        return new Table(names.stream().map(name -> label(name, locale)).toList(), cells);
    }

    private String flat(JsonNode value, Locale locale) {
        return value.isArray()
                ? String.join(", ", StreamSupport.stream(value.spliterator(), false).map(v -> text(v, locale)).toList())
                : text(value, locale);
    }

    private static boolean isFlatObject(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            JsonNode inner = field.getValue();
            boolean flat = inner.isValueNode()
                    || inner.isArray() && StreamSupport.stream(inner.spliterator(), false).allMatch(JsonNode::isValueNode);
            if (!flat) {
                return false;
            }
        }
        return true;
    }

    private String text(JsonNode value, Locale locale) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return NOTHING;
        }
        if (value.isBoolean()) {
            return messages.text(value.asBoolean() ? "audit.yes" : "audit.no", locale);
        }
        String text = value.asText();
        if (text.isBlank()) {
            return NOTHING;
        }
        if (INSTANT.matcher(text).matches()) {
            try {
                return ProvinceTime.show(Instant.parse(text));
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
        if (DATE.matcher(text).matches() && !"en".equals(locale.getLanguage())) {
            try {
                return VIETNAMESE_DATE.format(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        if (value.isTextual() && CODE.matcher(text).matches()) {
            return messages.text("audit.value." + text, locale).replace("audit.value.", "");
        }
        return text;
    }

    /** {@code departureDate} → the pages' label for it, or "Departure date". */
    private String label(String name, Locale locale) {
        String key = "audit.field." + name;
        String label = messages.text(key, locale);
        return label.equals(key) ? words(name) : label;
    }

    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
