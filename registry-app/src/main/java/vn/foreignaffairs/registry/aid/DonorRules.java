package vn.foreignaffairs.registry.aid;

import vn.foreignaffairs.registry.api.aid.DonorDetails;
import vn.foreignaffairs.registry.api.aid.DonorPermit;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** What the registry needs to know of a donor: a foreign body, named, with a permit that makes sense. */
final class DonorRules {

    private DonorRules() {
    }

    static void check(DonorDetails details) {
        if (isBlank(details.name())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "name", "A donor needs its name.");
        }
        if (details.kind() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "kind",
                    "Say whether the donor is a foreign NGO or another foreign body.");
        }
        String country = details.countryCode();
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "countryCode",
                    "A donor's country is its two-letter ISO code.");
        }
        if (country.equals("VN")) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "countryCode",
                    "A foreign donor's country is the one it comes from, not Vietnam.");
        }
        if (details.permit() != null) {
            checkPermit(details.permit(), "permit");
        }
    }

    /** {@code prefix} is where the permit sits in the request ("" when its fields are at the top). */
    static void checkPermit(DonorPermit permit, String prefix) {
        if (permit == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, prefix.isEmpty() ? "permit" : prefix,
                    "Give the registration or permit.");
        }
        if (permit.kind() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, AidAmountRules.field(prefix, "kind"),
                    "Say which registration or permit it is.");
        }
        if (isBlank(permit.number())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, AidAmountRules.field(prefix, "number"),
                    "Give the number of the registration or permit.");
        }
        if (permit.issuedOn() == null || permit.validUntil() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    AidAmountRules.field(prefix, permit.issuedOn() == null ? "issuedOn" : "validUntil"),
                    "Give the days the registration or permit is valid: from its issue until its expiry.");
        }
        if (permit.validUntil().isBefore(permit.issuedOn())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, AidAmountRules.field(prefix, "validUntil"),
                    "The permit expires before it was issued.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
