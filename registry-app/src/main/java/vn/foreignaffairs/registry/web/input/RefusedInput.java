package vn.foreignaffairs.registry.web.input;

import java.util.List;
import org.springframework.http.ProblemDetail;
import vn.foreignaffairs.registry.web.FieldError;

/** A request refused by the input screen before its controller ran: the problem says what and where. */
public class RefusedInput extends RuntimeException {

    private static final int LONGEST_SHOWN_NAME = 64;

    private final transient ProblemDetail problem;
    private final transient List<FieldError> errors;

    RefusedInput(ProblemDetail problem, List<FieldError> errors) {
        super(problem.getDetail());
        this.problem = problem;
        this.errors = List.copyOf(errors);
    }

    public ProblemDetail problem() {
        return problem;
    }

    /** The stable code: {@code INVALID_FIELD_NAME} or {@code VALIDATION_FAILED}. */
    public String code() {
        return String.valueOf(problem.getProperties() == null ? null : problem.getProperties().get("code"));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Whether a field's name may be shown to a reader as it is: short, and clean itself. */
    public static boolean isShowable(String field) {
        return field != null && !field.isEmpty() && field.length() <= LONGEST_SHOWN_NAME && Text.isClean(field)
                && field.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\t');
    }
}
