package vn.foreignaffairs.registry.api.aid;

/** Who gives non-governmental aid (nhà tài trợ): DOMAIN.md, "Foreign non-governmental aid". */
public enum DonorKind {
    /** Tổ chức phi chính phủ nước ngoài (PCPNN). */
    FOREIGN_NGO,
    /** Cơ quan, tổ chức nước ngoài khác: a foundation, university, company or other foreign body. */
    OTHER_FOREIGN_BODY
}
