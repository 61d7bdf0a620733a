package vn.foreignaffairs.registry.web.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.foreignaffairs.registry.web.FieldError;
import vn.foreignaffairs.registry.web.Problems;

/**
 * The one set of rules for what a request may carry, whether it comes as JSON or as a form: a
 * JSON field name neither starts with {@code $} nor contains {@code .} (MongoDB operators and
 * dotted paths); a form field's name is a path to an input, names joined by {@code .} with an
 * optional {@code [index]} ({@code signatories[1].name}), as the page forms name their inputs,
 * so {@code $} and anything else are refused there; and no text, name or value, is longer than
 * the limit or holds characters that {@link Text#isClean} refuses. Collects what it finds and
 * says it as one problem.
 */
final class InputRules {

    private static final int MAX_REPORTED = 20;
    private static final Pattern INPUT_PATH = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_-]{0,63}(\\[\\d{1,4}])?(\\.[A-Za-z_][A-Za-z0-9_-]{0,63}(\\[\\d{1,4}])?){0,7}");
    private static final String CONTROL_CHARACTER = "Text may not contain control characters, direction overrides "
            + "or undecodable bytes (tab and line breaks are allowed).";

    private final int maxStringLength;
    private final List<FieldError> badNames = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    InputRules(InputLimits limits) {
        this.maxStringLength = limits.maxStringLength();
    }

    /** A JSON field's name, as a text and as a name. */
    void checkName(String field, String name) {
        if (name.startsWith("$") || name.contains(".")) {
            add(badNames, new FieldError(field, "INVALID_FIELD_NAME",
                    "Field names may not start with '$' or contain '.'."));
        }
        checkText(field, name);
    }

    /** A form field's name, as a text and as a path to an input. */
    void checkParameterName(String name) {
        if (!Text.isClean(name) || name.length() > maxStringLength) {
            checkText(name, name);
        } else if (!INPUT_PATH.matcher(name).matches()) {
            add(badNames, new FieldError(name, "INVALID_FIELD_NAME",
                    "A form field's name is a path of names (letters, digits, '_', '-') joined by '.', "
                            + "each with an optional [index]."));
        }
    }

    void checkText(String field, String text) {
        if (text.length() > maxStringLength) {
            add(errors, new FieldError(field, "TOO_LONG",
                    "Text may be at most " + maxStringLength + " characters long."));
        } else if (!Text.isClean(text)) {
            add(errors, new FieldError(field, "CONTROL_CHARACTER", CONTROL_CHARACTER));
        }
    }

    /** A name the container or its firewall would not even hand over, for the characters in it. */
    void refuseUnreadableName() {
        add(errors, new FieldError("", "CONTROL_CHARACTER", CONTROL_CHARACTER));
    }

    /** What was found, or null when the request may go on: a bad name is said first, being the worse. */
    ProblemDetail problem() {
        if (!badNames.isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_FIELD_NAME", badNames.get(0).message(), badNames);
        }
        return errors.isEmpty() ? null : invalid(errors);
    }

    /** The refusal to throw where no filter can answer (the parameters of a request), or null. */
    RefusedInput refusal() {
        ProblemDetail problem = problem();
        return problem == null ? null : new RefusedInput(problem, badNames.isEmpty() ? errors : badNames);
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        return Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "Some of what was sent is missing or not valid.", errors);
    }

    private static void add(List<FieldError> errors, FieldError error) {
        if (errors.size() < MAX_REPORTED) {
            errors.add(error);
        }
    }
}
