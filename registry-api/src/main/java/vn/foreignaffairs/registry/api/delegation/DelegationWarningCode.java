package vn.foreignaffairs.registry.api.delegation;

/** The stable codes of delegation warnings (DOMAIN.md, outbound delegation rules 3, 4 and 5). */
public enum DelegationWarningCode {
    /** Another delegation goes to the same country at about the same time or for the same purpose. */
    MERGE_SUGGESTED,
    /** The trip falls on a public holiday or break of a destination country. */
    PARTNER_HOLIDAY,
    /** More heads of delegation of one agency would be in one country at once than the policy allows. */
    TOO_MANY_LEADERS,
    /** More members than the policy's size limit. */
    SIZE_ABOVE_LIMIT,
    /** More days, departure and return included, than the policy's length limit. */
    LENGTH_ABOVE_LIMIT,
    /** More countries than the policy's country limit. */
    COUNTRIES_ABOVE_LIMIT
}
