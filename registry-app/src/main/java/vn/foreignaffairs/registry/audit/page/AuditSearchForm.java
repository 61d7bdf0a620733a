package vn.foreignaffairs.registry.audit.page;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.foreignaffairs.registry.audit.ledger.AuditEventsController;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * The audit search form as typed: texts, and days in the province for {@code from} and {@code to}
 * (both included). It becomes the API's parameters, checked against the constraints the API's own
 * method declares, so the page accepts exactly what the API accepts.
 */
public record AuditSearchForm(String actor, String agency, String recordType, String eventType, String from,
                              String to) {

    public AuditSearchForm {
        actor = blankToNull(actor);
        agency = blankToNull(agency);
        recordType = blankToNull(recordType);
        eventType = blankToNull(eventType);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    /** The API's parameters: from the start of {@code from} to the end of {@code to}, as the province counts days. */
    public record Parameters(String actor, String agency, String recordType, String eventType, Instant from,
                             Instant to) {
    }

    /** The parameters, or the errors to show in place of them. */
    public Optional<Parameters> parameters(FormErrors errors, PageMessages messages, Locale locale) {
        Optional<LocalDate> fromDay = day("from", from, errors, messages, locale);
        Optional<LocalDate> toDay = day("to", to, errors, messages, locale);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Parameters(actor == null ? null : actor.strip(), agency == null ? null : agency.strip(),
                recordType, eventType == null ? null : eventType.strip(),
                fromDay.map(ProvinceTime::startOf).orElse(null),
                toDay.map(day -> ProvinceTime.startOf(day.plusDays(1))).orElse(null)));
    }

    /**
     * Bean Validation of the API method's parameters (it does not run when a page calls the
     * method itself), named as the form names its fields.
     */
    public static FormErrors check(Validator validator, AuditEventsController api, Parameters parameters,
                                   PageMessages messages, Locale locale) {
        Map<Integer, String> names = new LinkedHashMap<>();
        names.put(0, "actor");
        names.put(1, "agency");
        names.put(2, "recordType");
        names.put(3, "eventType");
        names.put(4, "from");
        names.put(5, "to");
        Object[] arguments = {parameters.actor(), parameters.agency(), parameters.recordType(), parameters.eventType(),
                parameters.from(), parameters.to(), 0, 50};
        Set<ConstraintViolation<AuditEventsController>> violations =
                validator.forExecutables().validateParameters(api, eventsMethod(), arguments);
        FormErrors errors = FormErrors.none();
        for (ConstraintViolation<AuditEventsController> violation : violations) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    field = names.get(node.as(Path.ParameterNode.class).getParameterIndex());
                }
            }
            errors.add(field, field == null ? violation.getMessage()
                    : messages.text("audit.search.invalid." + field, locale));
        }
        return errors;
    }

    private static Method eventsMethod() {
        try {
            return AuditEventsController.class.getMethod("events", String.class, String.class, String.class,
                    String.class, Instant.class, Instant.class, int.class, int.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("The audit search of the API changed", e);
        }
    }

    private static Optional<LocalDate> day(String field, String text, FormErrors errors, PageMessages messages,
                                           Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = ProvinceTime.parseDate(text);
        if (day.isEmpty()) {
            errors.add(field, messages.text("audit.search.invalidDate", locale));
        }
        return day;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
