package vn.foreignaffairs.registry.api.agreement;

/** Which side a signatory signs for. */
public enum SignatorySide {
    /** Phía Việt Nam. */
    VIETNAMESE,
    /** Phía nước ngoài. */
    FOREIGN
}
