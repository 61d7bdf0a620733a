package vn.foreignaffairs.registry.api.aid;

/** Which way money moved (IATI transaction types 1 and 3). */
public enum AidTransactionType {
    /** Tiếp nhận: received from the donor. */
    RECEIPT,
    /** Giải ngân: paid out by the receiving agency. */
    DISBURSEMENT
}
