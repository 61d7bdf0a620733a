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
    // annual plans, off-plan delegations, quota and freezes
    PROGRAMME_REQUIRED(Kind.INVALID_INPUT),
    VISIT_PROPOSAL_REQUIRED(Kind.INVALID_INPUT),
    INVITATION_LETTER_REQUIRED(Kind.INVALID_INPUT),
    CONSULTED_AGENCIES_REQUIRED(Kind.INVALID_INPUT),
    PLANNED_ITEM_NOT_FOUND(Kind.INVALID_INPUT),
    EXEMPTION_NOT_ALLOWED(Kind.INVALID_INPUT),
    OVERRIDE_REASON_REQUIRED(Kind.RULE),
    CONSULTATION_INCOMPLETE(Kind.RULE),
    OFF_PLAN_SLOT_REQUIRED(Kind.RULE),
    OFF_PLAN_QUOTA_EXCEEDED(Kind.RULE),
    APPROVAL_IN_PROGRESS(Kind.RULE),
    APPROVALS_FROZEN(Kind.RULE),
    AMENDMENT_PENDING(Kind.RULE),
    DUPLICATE_ITEM(Kind.INVALID_INPUT),
    FREEZE_SCOPE_REQUIRED(Kind.INVALID_INPUT),
    // inbound delegations
    RECEPTION_PLAN_REQUIRED(Kind.INVALID_INPUT),
    APPROVAL_AFTER_VISIT_START(Kind.RULE),
    // agencies
    AGENCY_INACTIVE(Kind.RULE),
    // trip lifecycle
    NEW_DECISION_REQUIRED(Kind.RULE),
    DATE_BEFORE_DECISION(Kind.INVALID_INPUT),
    DATE_BEFORE_DEPARTURE(Kind.INVALID_INPUT),
    DATE_IN_FUTURE(Kind.INVALID_INPUT),
    MEMBER_NOT_IN_DELEGATION(Kind.INVALID_INPUT),
    PASSPORT_NOT_MANAGED(Kind.INVALID_INPUT),
    PASSPORT_ALREADY_HANDED_OUT(Kind.RULE),
    PASSPORT_NOT_HANDED_OUT(Kind.RULE),
    PASSPORTS_OUTSTANDING(Kind.RULE),
    // links
    ALREADY_LINKED(Kind.RULE),
    SELF_LINK(Kind.INVALID_INPUT),
    LINKED_RECORD_NOT_FOUND(Kind.INVALID_INPUT),
    RELATION_NOT_ALLOWED(Kind.INVALID_INPUT),
    // international conferences and seminars
    APPLICATION_TOO_LATE(Kind.RULE),
    AGENCY_NOT_CONSULTED(Kind.INVALID_INPUT),
    // foreign non-governmental aid
    UNKNOWN_DONOR(Kind.INVALID_INPUT),
    INVALID_CURRENCY(Kind.INVALID_INPUT),
    INVALID_VND_RATE(Kind.INVALID_INPUT),
    DONOR_PERMIT_EXPIRED(Kind.RULE),
    AID_START_PERIOD_NOT_OVER(Kind.RULE),
    // international agreements
    SIGNATORIES_REQUIRED(Kind.INVALID_INPUT),
    AGREEMENT_EXPIRED(Kind.RULE),
    TRANSFER_NOT_ALLOWED(Kind.RULE),
    AGREEMENT_NOT_TO_IMPLEMENT(Kind.INVALID_INPUT),
    // audit ledger: a proof asked from a head hash the ledger never had
    LEDGER_HEAD_UNKNOWN(Kind.NOT_FOUND),
    // audit history
    RECORD_TYPE_UNKNOWN(Kind.NOT_FOUND),
    RECORD_NOT_FOUND(Kind.NOT_FOUND),
    // compliance reports
    INVALID_PERIOD(Kind.INVALID_INPUT),
    REPORT_ALREADY_ISSUED(Kind.RULE);

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
