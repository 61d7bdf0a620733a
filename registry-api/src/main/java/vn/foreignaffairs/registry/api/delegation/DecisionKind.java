package vn.foreignaffairs.registry.api.delegation;

/** What a decision about a delegation did. */
public enum DecisionKind {
    /** Quyết định cử đoàn: sends the delegation. */
    APPROVAL,
    /** Quyết định điều chỉnh: changes dates, members or programme after approval. */
    AMENDMENT,
    /** Quyết định hoãn: puts the trip off. */
    POSTPONEMENT
}
