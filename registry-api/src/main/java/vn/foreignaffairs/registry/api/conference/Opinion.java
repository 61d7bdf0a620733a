package vn.foreignaffairs.registry.api.conference;

/** A consulted body's written answer on a conference application (ý kiến bằng văn bản). */
public enum Opinion {
    /** Nhất trí. */
    AGREE,
    /** Không nhất trí. */
    DISAGREE
}
