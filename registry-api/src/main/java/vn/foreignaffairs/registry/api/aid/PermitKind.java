package vn.foreignaffairs.registry.api.aid;

/** The papers that let a foreign NGO work in Vietnam (giấy đăng ký của tổ chức PCPNN). */
public enum PermitKind {
    /** Giấy đăng ký hoạt động. */
    OPERATION_REGISTRATION,
    /** Giấy đăng ký lập Văn phòng dự án. */
    PROJECT_OFFICE_REGISTRATION,
    /** Giấy đăng ký lập Văn phòng đại diện. */
    REPRESENTATIVE_OFFICE_REGISTRATION,
    /** Another permit issued by a Vietnamese authority. */
    OTHER
}
