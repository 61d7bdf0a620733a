package vn.foreignaffairs.registry.delegation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.DelegationWarning;

/**
 * A delegation as the API answers it: the read model's fields, and the warnings a reviewer
 * should weigh (an empty list when there are none).
 */
public record DelegationResponse(@JsonUnwrapped DelegationView delegation, List<DelegationWarning> warnings) {
}
