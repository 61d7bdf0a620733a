package vn.foreignaffairs.registry.web.page;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * What a form shows in place: messages per field (named as the API names them, e.g.
 * {@code destinations[0].countryCode}) and messages about the form as a whole.
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
        return errors;
    }

    public static FormErrors of(RuleViolation violation, PageMessages messages, Locale locale) {
        FormErrors errors = new FormErrors();
        errors.add(violation.field(), messages.refusal(violation, locale));
        return errors;
    }

    public FormErrors add(String field, String message) {
        if (field == null || field.isBlank()) {
            general.add(message);
        } else {
            byField.computeIfAbsent(field, name -> new ArrayList<>()).add(message);
        }
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Messages about the form as a whole, and those of fields the form does not show. */
    public List<String> general(Set<String> shownFields) {
        List<String> all = new ArrayList<>(general);
        byField.forEach((field, messages) -> {
            if (!shownFields.contains(field)) {
                messages.forEach(message -> all.add(field + ": " + message));
            }
        });
        return all;
    }

    public List<String> general() {
        return List.copyOf(general);
    }
}
