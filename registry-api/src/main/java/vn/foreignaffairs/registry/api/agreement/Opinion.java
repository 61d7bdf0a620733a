package vn.foreignaffairs.registry.api.agreement;

/** What a consulted body answers about a proposed agreement (ý kiến bằng văn bản). */
public enum Opinion {
    AGREE,
    DISAGREE
}
