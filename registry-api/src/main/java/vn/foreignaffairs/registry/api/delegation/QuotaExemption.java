package vn.foreignaffairs.registry.api.delegation;

/**
 * Armed-forces delegations on these tasks are decided task by task (Quảng Nam 2025 §10): they are
 * registered and audited like any other but never use the off-plan quota, and a freeze does
 * not stop them.
 */
public enum QuotaExemption {
    NONE,
    /** Quốc phòng. */
    DEFENCE,
    /** An ninh. */
    SECURITY,
    /** Biên giới. */
    BORDER,
    /** Nhiệm vụ đột xuất. */
    SUDDEN_TASK;

    public boolean exempt() {
        return this != NONE;
    }
}
