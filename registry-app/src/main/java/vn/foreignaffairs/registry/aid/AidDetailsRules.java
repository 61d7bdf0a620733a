package vn.foreignaffairs.registry.aid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** What proposed aid must say (DOMAIN.md, "Foreign non-governmental aid"). */
final class AidDetailsRules {

    private AidDetailsRules() {
    }

    static void check(AidDetails details) {
        if (details.kind() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "kind", "Say whether the aid is a project or not.");
        }
        if (isBlank(details.title())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "title", "Aid needs a title.");
        }
        if (details.donor() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "donorId", "Say which donor gives the aid.");
        }
        if (details.sector() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "sector", "Say which field the aid goes to.");
        }
        checkDistricts(details.districts());
        AidAmountRules.check(details.committed(), "committed");
        if (details.plannedStartDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "plannedStartDate",
                    "Say when the aid is to start.");
        }
        if (details.kind() == AidKind.PROJECT && details.plannedEndDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "plannedEndDate",
                    "A project says when it is to end.");
        }
        if (details.plannedEndDate() != null && details.plannedEndDate().isBefore(details.plannedStartDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "plannedEndDate",
                    "The planned end is before the planned start.");
        }
    }

    /** Aid goes to at least one district (huyện), each named once. */
    static void checkDistricts(List<String> districts) {
        if (districts == null || districts.isEmpty()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "districts",
                    "Name the districts where the aid goes.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < districts.size(); i++) {
            String district = districts.get(i);
            if (isBlank(district)) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "districts[" + i + "]", "Name the district.");
            }
            if (!seen.add(district.strip())) {
                throw new RuleViolation(RefusalCode.DUPLICATE_ITEM, "districts[" + i + "]",
                        district.strip() + " is named twice.");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
