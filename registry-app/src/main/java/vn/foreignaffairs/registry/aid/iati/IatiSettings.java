package vn.foreignaffairs.registry.aid.iati;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the province's IATI file. {@code reportingOrgRef} prefixes every activity's
 * iati-identifier: the default {@code VN-PROVINCE-REGISTRY} is a placeholder, to be replaced by
 * the identifier the province registers with IATI (docs/operations.md). {@code reportingOrgType}
 * is an IATI OrganisationType code (11: local government).
 */
@ConfigurationProperties("registry.iati")
public record IatiSettings(
        @DefaultValue("VN-PROVINCE-REGISTRY") String reportingOrgRef,
        @DefaultValue("Ủy ban nhân dân tỉnh") String reportingOrgName,
        @DefaultValue("11") String reportingOrgType) {
}
