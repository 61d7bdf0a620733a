package vn.foreignaffairs.registry.api.delegation;

public enum PassportKind {
    /** Hộ chiếu công vụ. */
    OFFICIAL,
    /** Hộ chiếu ngoại giao. */
    DIPLOMATIC,
    /** Hộ chiếu phổ thông. */
    ORDINARY
}
