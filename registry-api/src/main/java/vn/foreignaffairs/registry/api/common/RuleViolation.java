package vn.foreignaffairs.registry.api.common;

/**
 * A command refused by a rule of the domain. Carries a stable {@link RefusalCode} and, where the
 * refusal is about one input, the name of that field as the API knows it.
 */
public class RuleViolation extends RuntimeException {

    private final RefusalCode code;
    private final String field;

    public RuleViolation(RefusalCode code, String message) {
        this(code, null, message);
    }

    public RuleViolation(RefusalCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public RefusalCode code() {
        return code;
    }

    /** The input the refusal is about, or null when it concerns the record as a whole. */
    public String field() {
        return field;
    }
}
