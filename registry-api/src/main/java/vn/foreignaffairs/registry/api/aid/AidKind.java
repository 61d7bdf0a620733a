package vn.foreignaffairs.registry.api.aid;

/** The two forms of non-governmental aid (hình thức viện trợ). */
public enum AidKind {
    /** Dự án: aid delivered as a project with objectives, a period and activities. */
    PROJECT,
    /** Phi dự án: goods, equipment, materials or money given outside a project. */
    NON_PROJECT
}
