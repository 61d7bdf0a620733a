package vn.foreignaffairs.registry.policy;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.policy.ListPolicyValuesQuery;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.api.policy.PolicyScope;
import vn.foreignaffairs.registry.api.policy.PolicyValueView;

/**
 * Policy values as set by administrators (read model), falling back to each key's legal default.
 * Each call reads the values in force; {@link #readOnce()} reads them once for several.
 */
@Component
public class PolicyBook implements Policies {

    private final QueryGateway queries;

    public PolicyBook(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public long value(PolicyKey key) {
        return readOnce().value(key);
    }

    @Override
    public long value(PolicyKey key, String agencyCode) {
        return readOnce().value(key, agencyCode);
    }

    @Override
    public String legalSource(PolicyKey key, String agencyCode) {
        return readOnce().legalSource(key, agencyCode);
    }

    @Override
    public PolicySet readOnce() {
        List<PolicyValueView> set = queries.query(new ListPolicyValuesQuery(),
                ResponseTypes.multipleInstancesOf(PolicyValueView.class)).join();
        return new PolicySet(set);
    }

    /** Every key with its province value in force, followed by every agency override. */
    public List<PolicyValueView> inForce() {
        return readOnce().inForce();
    }

    /** The value an administrator set for this key and scope, if any. */
    public Optional<PolicyValueView> set(PolicyKey key, PolicyScope scope) {
        return readOnce().find(key, scope);
    }
}
