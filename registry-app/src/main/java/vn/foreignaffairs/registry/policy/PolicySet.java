package vn.foreignaffairs.registry.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.api.policy.PolicyScope;
import vn.foreignaffairs.registry.api.policy.PolicyValueView;

/** The values administrators had set when they were read, falling back to each key's legal default. */
final class PolicySet implements Policies {

    private final List<PolicyValueView> set;

    PolicySet(List<PolicyValueView> set) {
        this.set = set;
    }

    @Override
    public long value(PolicyKey key) {
        return find(key, PolicyScope.PROVINCE).map(PolicyValueView::value).orElse(key.defaultValue());
    }

    @Override
    public long value(PolicyKey key, String agencyCode) {
        return inForce(key, agencyCode).map(PolicyValueView::value).orElse(key.defaultValue());
    }

    @Override
    public String legalSource(PolicyKey key, String agencyCode) {
        return inForce(key, agencyCode).map(PolicyValueView::legalSource).orElse(key.defaultLegalSource());
    }

    @Override
    public Policies readOnce() {
        return this;
    }

    /** Every key with its province value in force, followed by every agency override. */
    List<PolicyValueView> inForce() {
        List<PolicyValueView> all = new ArrayList<>();
        for (PolicyKey key : PolicyKey.values()) {
            all.add(find(key, PolicyScope.PROVINCE).orElseGet(() -> PolicyValueView.defaultOf(key)));
        }
        set.stream().filter(view -> !view.scope().equals(PolicyScope.PROVINCE.value())).forEach(all::add);
        return all;
    }

    Optional<PolicyValueView> find(PolicyKey key, PolicyScope scope) {
        return set.stream().filter(view -> view.key() == key && view.scope().equals(scope.value())).findFirst();
    }

    private Optional<PolicyValueView> inForce(PolicyKey key, String agencyCode) {
        return find(key, PolicyScope.agency(agencyCode)).or(() -> find(key, PolicyScope.PROVINCE));
    }
}
