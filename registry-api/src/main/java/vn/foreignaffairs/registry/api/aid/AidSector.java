package vn.foreignaffairs.registry.api.aid;

/**
 * The fields aid goes to (lĩnh vực viện trợ), as DOMAIN.md lists them. The IATI export maps each
 * to one OECD DAC 5-digit purpose code (docs/api.md, "IATI export").
 */
public enum AidSector {
    EDUCATION_AND_TRAINING("Giáo dục, đào tạo"),
    HEALTH("Y tế"),
    SMALL_RURAL_INFRASTRUCTURE("Cơ sở hạ tầng nông thôn quy mô nhỏ"),
    AGRICULTURE_AND_RURAL_DEVELOPMENT("Nông nghiệp, phát triển nông thôn"),
    POVERTY_REDUCTION("Xóa đói, giảm nghèo"),
    EMERGENCY_RELIEF("Cứu trợ khẩn cấp");

    private final String vietnameseName;

    AidSector(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
