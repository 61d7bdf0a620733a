package vn.foreignaffairs.registry.policy;

import vn.foreignaffairs.registry.api.policy.PolicyKey;

/** The policy values in force. Rules read their numbers here, never from constants. */
public interface Policies {

    /** The province-wide value. */
    long value(PolicyKey key);

    /** The value for one agency: its own override if an administrator set one, else the province's. */
    long value(PolicyKey key, String agencyCode);

    /** The legal text the value for one agency comes from, as the administrator who set it cited it. */
    default String legalSource(PolicyKey key, String agencyCode) {
        return key.defaultLegalSource();
    }

    /** The values in force read from the store once, for a computation that asks for several. */
    default Policies readOnce() {
        return this;
    }
}
