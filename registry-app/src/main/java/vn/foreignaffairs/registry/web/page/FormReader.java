package vn.foreignaffairs.registry.web.page;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads what was typed into a {@link PageForm} as the API's request body: each input's text is put
 * at the place its name gives ({@code foreignParty.countryCode}, {@code signatories[1].name}),
 * lists are split, blanks are left out, and the whole is read as the request type. A date,
 * number or choice that cannot be read is a mistake next to its input, not a failed binding;
 * then the request is checked with Bean Validation, as the API's {@code @Valid} would (the page
 * calls the controller's method directly, so {@code @Valid} does not run).
 */
@Component
public class FormReader {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d{1,2})])?");

    /** Forms send text: unlike the API's strict reader, numbers, dates and choices are read from it. */
    private final ObjectMapper forms = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Validator validator;
    private final PageMessages messages;

    public FormReader(Validator validator, PageMessages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** The request for what was typed, with every mistake added to {@code errors} by input; null for no body. */
    public <T> T read(PageForm<T> form, Map<String, String> typed, FormErrors errors, Locale locale) {
        if (form.request() == Void.class) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (FormInput input : form.inputs()) {
            Object value = valueOf(input, input.kind() == FormInput.Kind.HIDDEN ? input.fixed() : typed.get(input.name()));
            if (value != null) {
                put(body, input.name(), value);
            }
        }
        T request = readAs(form, body, errors, locale);
        validate(request, form, errors, locale);
        return request;
    }

    /** Adds what Bean Validation finds wrong with {@code request} to {@code errors}, by the input that shows it. */
    public void validate(Object request, PageForm<?> form, FormErrors errors, Locale locale) {
        if (request == null) {
            return;
        }
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String input = form.inputOf(violation.getPropertyPath().toString());
            if (!errors.has(input)) {
                errors.add(input, constraintMessage(violation, locale));
            }
        }
    }

    /** A constraint said in the reader's language ({@code records.constraint.NotBlank}, …), else as Bean Validation says it. */
    public String constraintMessage(ConstraintViolation<?> violation, Locale locale) {
        String key = "records.constraint."
                + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String text = messages.text(key, locale);
        return text.equals(key) ? violation.getMessage() : text;
    }

    /**
     * Reads the body as the request type; a value that is not of its field's type is said next to
     * its input and left out, and the rest is read again (so that every such mistake is found).
     */
    private <T> T readAs(PageForm<T> form, Map<String, Object> body, FormErrors errors, Locale locale) {
        for (int attempt = 0; attempt <= form.inputs().size(); attempt++) {
            try {
                return forms.convertValue(body, form.request());
            } catch (IllegalArgumentException unreadable) {
                if (!(unreadable.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
                    throw unreadable;
                }
                List<Object> path = mapping.getPath().stream()
                        .<Object>map(step -> step.getFieldName() != null ? step.getFieldName() : step.getIndex())
                        .toList();
                errors.add(form.inputOf(name(path)), messages.text(unreadableKey(mapping), locale));
                remove(body, path);
            }
        }
        throw new IllegalStateException("The form " + form.name() + " could not be read");
    }

    private static String unreadableKey(JsonMappingException mapping) {
        Class<?> target = mapping instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                ? mismatch.getTargetType() : null;
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return "records.form.invalid.date";
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
            return "records.form.invalid.number";
        }
        return "records.form.invalid.choice";
    }

    private static Object valueOf(FormInput input, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (input.kind()) {
            case LINES -> listOrNull(Arrays.stream(typed.split("[\\r\\n;]+")).map(String::strip).toList());
            case CODES -> listOrNull(Arrays.stream(typed.split("[,;\\s]+"))
                    .map(code -> code.strip().toUpperCase(Locale.ROOT)).toList());
            default -> typed.strip();
        };
    }

    private static List<String> listOrNull(List<String> items) {
        List<String> kept = items.stream().filter(item -> !item.isEmpty()).toList();
        return kept.isEmpty() ? null : kept;
    }

    /** Puts {@code value} at {@code name}: dots go into objects, {@code [n]} into lists. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, Object value) {
        List<Object> path = pathOf(name);
        Object container = body;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? value : path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
            if (container instanceof Map<?, ?> map) {
                container = ((Map<String, Object>) map).computeIfAbsent((String) step, key -> next);
            } else {
                List<Object> list = (List<Object>) container;
                int index = (Integer) step;
                while (list.size() <= index) {
                    list.add(null);
                }
                if (list.get(index) == null) {
                    list.set(index, next);
                }
                container = list.get(index);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> body, List<Object> path) {
        Object container = body;
        for (int i = 0; i < path.size() - 1 && container != null; i++) {
            container = container instanceof Map<?, ?> map ? map.get(path.get(i))
                    : ((List<Object>) container).get((Integer) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (container instanceof Map<?, ?> map) {
            map.remove(last);
        } else if (container instanceof List<?> list && last instanceof Integer index && index < list.size()) {
            ((List<Object>) list).set(index, null);
        }
    }

    private static List<Object> pathOf(String name) {
        List<Object> path = new ArrayList<>();
        for (String segment : name.split("\\.")) {
            Matcher parts = SEGMENT.matcher(segment);
            if (!parts.matches()) {
                throw new IllegalArgumentException("Not an input name: " + name);
            }
            path.add(parts.group(1));
            if (parts.group(2) != null) {
                path.add(Integer.parseInt(parts.group(2)));
            }
        }
        return path;
    }

    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }
}
