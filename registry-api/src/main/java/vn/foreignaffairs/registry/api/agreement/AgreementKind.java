package vn.foreignaffairs.registry.api.agreement;

/** The kinds of international agreement the provinces sign (DOMAIN.md, "International agreement"). */
public enum AgreementKind {
    /** Biên bản ghi nhớ. */
    MEMORANDUM_OF_UNDERSTANDING,
    /** Thỏa thuận hợp tác. */
    COOPERATION_AGREEMENT,
    /** Thỏa thuận hữu nghị (kết nghĩa). */
    FRIENDSHIP_AGREEMENT,
    /** Ý định thư. */
    LETTER_OF_INTENT
}
