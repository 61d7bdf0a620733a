package vn.foreignaffairs.registry.policy;

import vn.foreignaffairs.registry.api.policy.PolicyKey;

/** The policy values in force. Rules read their numbers here, never from constants. */
public interface Policies {

    /** The province-wide value. */
    long value(PolicyKey key);

    /** The value for one agency: its own override if an administrator set one, else the province's. */
    long value(PolicyKey key, String agencyCode);
}
