package vn.foreignaffairs.registry.dashboard;

/** The kinds of record in the queue, as named in page paths ({@code /app/decisions/{type}/{id}}). */
final class DecisionType {

    /** Outbound delegations are decided on their own page ({@code /app/delegations/{id}}). */
    static final String DELEGATION = "delegation";
    static final String INBOUND = "inbound-delegation";
    /** Id {@code AGENCY:YEAR}. */
    static final String PLAN = "annual-plan";
    /** Id {@code AGENCY:YEAR:AMENDMENT}. */
    static final String PLAN_AMENDMENT = "plan-amendment";
    static final String AGREEMENT = "agreement";
    static final String CONFERENCE = "conference";
    static final String AID = "aid-project";

    private DecisionType() {
    }
}
