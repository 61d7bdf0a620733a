package vn.foreignaffairs.registry.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.policy.ListPolicyValuesQuery;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.api.policy.PolicyScope;
import vn.foreignaffairs.registry.api.policy.PolicyValueView;

/** Policy values as set by administrators (read model), falling back to each key's legal default. */
@Component
public class PolicyBook implements Policies {

    private final QueryGateway queries;

    public PolicyBook(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public long value(PolicyKey key) {
        return find(set(), key, PolicyScope.PROVINCE).map(PolicyValueView::value).orElse(key.defaultValue());
    }

    @Override
    public long value(PolicyKey key, String agencyCode) {
        List<PolicyValueView> set = set();
        return find(set, key, PolicyScope.agency(agencyCode))
                .or(() -> find(set, key, PolicyScope.PROVINCE))
                .map(PolicyValueView::value)
                .orElse(key.defaultValue());
    }

    @Override
    public String legalSource(PolicyKey key, String agencyCode) {
        List<PolicyValueView> set = set();
        return find(set, key, PolicyScope.agency(agencyCode))
                .or(() -> find(set, key, PolicyScope.PROVINCE))
                .map(PolicyValueView::legalSource)
                .orElse(key.defaultLegalSource());
    }

    /** Every key with its province value in force, followed by every agency override. */
    public List<PolicyValueView> inForce() {
        List<PolicyValueView> set = set();
        List<PolicyValueView> all = new ArrayList<>();
        for (PolicyKey key : PolicyKey.values()) {
            all.add(find(set, key, PolicyScope.PROVINCE).orElseGet(() -> PolicyValueView.defaultOf(key)));
        }
        set.stream().filter(view -> !view.scope().equals(PolicyScope.PROVINCE.value())).forEach(all::add);
        return all;
    }

    /** The value an administrator set for this key and scope, if any. */
    public Optional<PolicyValueView> set(PolicyKey key, PolicyScope scope) {
        return find(set(), key, scope);
    }

    private List<PolicyValueView> set() {
        return queries.query(new ListPolicyValuesQuery(), ResponseTypes.multipleInstancesOf(PolicyValueView.class))
                .join();
    }

    private static Optional<PolicyValueView> find(List<PolicyValueView> set, PolicyKey key, PolicyScope scope) {
        return set.stream().filter(view -> view.key() == key && view.scope().equals(scope.value())).findFirst();
    }
}
