package vn.foreignaffairs.registry.api.delegation;

/**
 * What an approval command did: approved outright ({@code pendingAttemptId} null), or recorded an
 * approval attempt that waits for the off-plan quota's answer.
 */
public record ApprovalResult(long version, String pendingAttemptId) {

    public boolean pending() {
        return pendingAttemptId != null;
    }
}
