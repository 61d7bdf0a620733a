package vn.foreignaffairs.registry.agreement;

import java.util.List;
import vn.foreignaffairs.registry.api.agreement.AgreementDetails;
import vn.foreignaffairs.registry.api.agreement.AgreementTerm;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** What a proposed agreement must say (DOMAIN.md, "International agreement"). */
final class AgreementDetailsRules {

    private AgreementDetailsRules() {
    }

    static void check(AgreementDetails details) {
        if (isBlank(details.title())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "title", "An agreement needs its title.");
        }
        if (details.kind() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "kind",
                    "Say which kind of agreement it is (memorandum of understanding, cooperation agreement, "
                            + "friendship agreement or letter of intent).");
        }
        ForeignParty party = details.foreignParty();
        if (party == null || isBlank(party.countryCode())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignParty.countryCode",
                    "An agreement needs the country of its foreign party.");
        }
        if (isBlank(party.organisation()) && isBlank(party.locality())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignParty.organisation",
                    "Name the foreign organisation or locality that signs the agreement.");
        }
        checkFieldsOfCooperation(details.fieldsOfCooperation(), "fieldsOfCooperation");
        AgreementTerm term = details.term();
        if (term != null && (term.years() < 0 || term.months() < 0 || term.years() + term.months() == 0)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "term",
                    "A term is a positive number of years and months; leave it out for an agreement without a "
                            + "fixed term.");
        }
    }

    /** At least one field of cooperation, none of them blank. */
    static void checkFieldsOfCooperation(List<String> fields, String field) {
        if (fields == null || fields.isEmpty()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field,
                    "Name at least one field of cooperation (lĩnh vực hợp tác).");
        }
        for (int i = 0; i < fields.size(); i++) {
            if (isBlank(fields.get(i))) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field + "[" + i + "]",
                        "A field of cooperation cannot be blank.");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
