package vn.foreignaffairs.registry.api.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import vn.foreignaffairs.registry.api.agency.AgencyCode;

/**
 * An agency's annual plan of delegations for one year, e.g. {@code SKHDT:2027}. It is also the
 * scope of the off-plan quota, which the plan's aggregate owns.
 */
public record AnnualPlanId(@JsonValue String value) {

    @JsonCreator
    public AnnualPlanId {
        Objects.requireNonNull(value, "annual plan id");
    }

    public static AnnualPlanId of(AgencyCode agency, int year) {
        return new AnnualPlanId(agency.value() + ":" + year);
    }

    public static AnnualPlanId of(String agency, int year) {
        return new AnnualPlanId(agency + ":" + year);
    }

    @Override
    public String toString() {
        return value;
    }
}
