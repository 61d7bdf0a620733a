package vn.foreignaffairs.registry.web.page;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form of a page that fills one request body of the API: its name (also the last segment of the
 * address it posts to, as in the API: {@code sign}, {@code consultations}), where it posts, the
 * request type, its inputs, the values shown in them, the version of the record it changes (sent
 * back as If-Match) and the errors to show in place after a refusal. Its texts are the message keys
 * {@code texts + ".title"}, {@code ".button"} and {@code ".done"} (the notice after it succeeded).
 *
 * @param <T> the API's request type ({@link Void} for a step without a body)
 */
public record PageForm<T>(String name, String texts, String action, Class<T> request, List<FormInput> inputs,
                          Map<String, String> values, Long version, FormErrors errors) {

    public PageForm {
        inputs = List.copyOf(inputs);
        values = Map.copyOf(values);
        errors = errors == null ? FormErrors.none() : errors;
    }

    public static <T> PageForm<T> of(String name, String texts, String action, Class<T> request, Long version,
                                     FormInput... inputs) {
        return new PageForm<>(name, texts, action, request, Arrays.asList(inputs), Map.of(), version, null);
    }

    /**
     * A step on a record at {@code recordPath} ({@code /app/agreements/{id}}): it posts to
     * {@code recordPath/name}, its texts are {@code register.step.name.*}, and it sends back the
     * version the reader saw.
     */
    public static <T> PageForm<T> step(String register, String recordPath, long version, String name,
                                       Class<T> request, FormInput... inputs) {
        return of(name, register + ".step." + name, recordPath + "/" + name, request, version, inputs);
    }

    /** The same form showing {@code shown} in its inputs (e.g. the record's details, to revise them). */
    public PageForm<T> showing(Map<String, String> shown) {
        return new PageForm<>(name, texts, action, request, inputs, withoutNulls(shown), version, errors);
    }

    /** The same form after a refusal: what was typed, and the errors in place. */
    public PageForm<T> refused(Map<String, String> typed, FormErrors refusal) {
        return new PageForm<>(name, texts, action, request, inputs, withoutNulls(typed), version, refusal);
    }

    public String value(FormInput input) {
        return input.kind() == FormInput.Kind.HIDDEN ? input.fixed() : values.getOrDefault(input.name(), "");
    }

    public boolean isRefused() {
        return errors.any();
    }

    /** Messages about the form as a whole, and those of fields it has no input for. */
    public List<String> general() {
        return errors.general(inputs.stream().map(FormInput::name).collect(Collectors.toSet()));
    }

    /**
     * The input that shows an error the API names {@code field}: the input of that name, else the
     * one whose name starts the field ({@code fieldsOfCooperation[1]} → {@code fieldsOfCooperation});
     * the field itself when no input shows it (its error is then shown with the form's own).
     */
    public String inputOf(String field) {
        if (field == null) {
            return null;
        }
        String name = field.startsWith("details.") ? field.substring("details.".length()) : field;
        return inputs.stream().map(FormInput::name)
                .filter(input -> name.equals(input) || name.startsWith(input + "[") || name.startsWith(input + "."))
                .max(Comparator.comparingInt(String::length))
                .orElse(name);
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        return values.entrySet().stream().filter(entry -> entry.getKey() != null && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
    }
}
