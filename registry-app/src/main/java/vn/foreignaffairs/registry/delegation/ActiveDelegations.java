package vn.foreignaffairs.registry.delegation;

import java.util.List;
import java.util.Set;
import vn.foreignaffairs.registry.api.delegation.DelegationView;

/** Delegations of every agency that are neither cancelled nor rejected (a read model; tests give their own). */
public interface ActiveDelegations {

    /** Those departing in the years {@code fromYear} to {@code toYear}, both included, to one of {@code countries}. */
    List<DelegationView> departingIn(int fromYear, int toYear, Set<String> countries);
}
