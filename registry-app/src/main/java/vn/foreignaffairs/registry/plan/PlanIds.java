package vn.foreignaffairs.registry.plan;

import java.util.regex.Pattern;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** Plan ids from URLs: an agency code and a plausible year, or not found. */
public final class PlanIds {

    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private PlanIds() {
    }

    public static AnnualPlanId of(String agency, int year) {
        if (agency == null || !AGENCY.matcher(agency).matches() || year < 2000 || year > 2100) {
            throw new RecordNotFound();
        }
        return AnnualPlanId.of(agency, year);
    }
}
