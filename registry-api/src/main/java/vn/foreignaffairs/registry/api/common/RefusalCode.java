package vn.foreignaffairs.registry.api.common;

/**
 * Every reason the registry can refuse a command, as a stable code that clients, tests and
 * translations key on. The HTTP status class says how the API reports it.
 */
public enum RefusalCode {
    VALIDATION_FAILED(Kind.INVALID_INPUT),
    DATES_OUT_OF_ORDER(Kind.INVALID_INPUT),
    DESTINATION_REQUIRED(Kind.INVALID_INPUT),
    MEMBER_REQUIRED(Kind.INVALID_INPUT),
    FUNDING_DOES_NOT_MATCH_TOTAL(Kind.INVALID_INPUT),
    REASON_REQUIRED(Kind.INVALID_INPUT),
    DECISION_REQUIRED(Kind.INVALID_INPUT),
    UNKNOWN_AGENCY(Kind.INVALID_INPUT),
    NOT_OWN_AGENCY(Kind.FORBIDDEN),
    NOT_FOUND(Kind.NOT_FOUND),
    ALREADY_EXISTS(Kind.RULE),
    ILLEGAL_TRANSITION(Kind.RULE),
    STALE_VERSION(Kind.STALE),
    // trip lifecycle
    NEW_DECISION_REQUIRED(Kind.RULE),
    DATE_BEFORE_DECISION(Kind.INVALID_INPUT),
    DATE_BEFORE_DEPARTURE(Kind.INVALID_INPUT),
    DATE_IN_FUTURE(Kind.INVALID_INPUT),
    MEMBER_NOT_IN_DELEGATION(Kind.INVALID_INPUT),
    PASSPORT_NOT_MANAGED(Kind.INVALID_INPUT),
    PASSPORT_ALREADY_HANDED_OUT(Kind.RULE),
    PASSPORT_NOT_HANDED_OUT(Kind.RULE),
    PASSPORTS_OUTSTANDING(Kind.RULE);

    /** How a refusal of this code is reported. */
    public enum Kind { INVALID_INPUT, FORBIDDEN, NOT_FOUND, RULE, STALE }

    private final Kind kind;

    RefusalCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
