package vn.foreignaffairs.registry.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An amendment after approval (điều chỉnh): the delegation's details as they now stand (same
 * shape as for a draft), the new decision that orders them, and optionally why.
 */
public record AmendmentRequest(
        @NotNull @Valid DelegationRequest details,
        @NotNull @Valid DecisionRequest decision,
        @Size(max = 2000) String reason) {
}
