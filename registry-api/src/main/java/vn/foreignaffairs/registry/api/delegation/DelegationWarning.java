package vn.foreignaffairs.registry.api.delegation;

/**
 * Something a reviewer should look at before deciding, never a refusal. {@code code} is one of
 * {@link DelegationWarningCode}; {@code relatedDelegationId} names the other delegation the
 * warning is about, when there is one.
 */
public record DelegationWarning(String code, String message, String relatedDelegationId) {

    public static DelegationWarning of(DelegationWarningCode code, String message, String relatedDelegationId) {
        return new DelegationWarning(code.name(), message, relatedDelegationId);
    }
}
