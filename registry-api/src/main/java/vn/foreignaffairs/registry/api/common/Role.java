package vn.foreignaffairs.registry.api.common;

/** The roles of DOMAIN.md "Users". */
public enum Role {
    /** Foreign-affairs staff of an agency (cán bộ đối ngoại). */
    OFFICER,
    /** Department of Foreign Affairs (Sở Ngoại vụ). */
    REVIEWER,
    /** Provincial People's Committee (UBND tỉnh). */
    LEADERSHIP,
    /** Inspection staff (thanh tra): reads everything, changes nothing. */
    INSPECTOR,
    /** System administrator. */
    ADMIN
}
