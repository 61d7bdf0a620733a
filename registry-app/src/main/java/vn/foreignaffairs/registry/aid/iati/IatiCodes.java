package vn.foreignaffairs.registry.aid.iati;

import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.DonorKind;

/**
 * The IATI codelists the export uses (IATI Standard 2.03), and how the registry's own terms map to
 * them; docs/api.md, "IATI export", shows the same tables.
 */
final class IatiCodes {

    static final String VERSION = "2.03";

    // OrganisationRole
    static final String ROLE_FUNDING = "1";
    static final String ROLE_ACCOUNTABLE = "2";
    static final String ROLE_IMPLEMENTING = "4";
    // OrganisationType: government bodies of the province
    static final String LOCAL_GOVERNMENT = "11";
    // TransactionType
    static final String INCOMING_FUNDS = "1";
    static final String DISBURSEMENT = "3";
    static final String INCOMING_COMMITMENT = "11";
    // ActivityDateType
    static final String PLANNED_START = "1";
    static final String ACTUAL_START = "2";
    static final String PLANNED_END = "3";
    static final String ACTUAL_END = "4";
    // BudgetType and BudgetStatus
    static final String ORIGINAL = "1";
    static final String REVISED = "2";
    static final String COMMITTED = "2";
    // FlowType 30 (private development finance): non-governmental grants; FinanceType 110: standard grant
    static final String PRIVATE_DEVELOPMENT_FINANCE = "30";
    static final String STANDARD_GRANT = "110";
    // AidType (vocabulary 1, OECD DAC)
    static final String PROJECT_TYPE_INTERVENTIONS = "C01";
    // Sector vocabulary 1: OECD DAC 5-digit purpose codes
    static final String DAC_5_DIGIT = "1";
    // GeographicLocationReach 1 (the activity happens there), GeographicLocationClass 1 (administrative
    // region), GeoNames feature designation ADM2 (second-order division: a district, huyện)
    static final String ACTIVITY_LOCATION = "1";
    static final String ADMINISTRATIVE_REGION = "1";
    static final String SECOND_ORDER_DIVISION = "ADM2";

    private IatiCodes() {
    }

    /** The one DAC 5-digit purpose code each of the registry's sectors is published under. */
    static String sector(AidSector sector) {
        return switch (sector) {
            case EDUCATION_AND_TRAINING -> "11120";
            case HEALTH -> "12220";
            case SMALL_RURAL_INFRASTRUCTURE -> "43040";
            case AGRICULTURE_AND_RURAL_DEVELOPMENT -> "31120";
            case POVERTY_REDUCTION -> "16010";
            case EMERGENCY_RELIEF -> "72010";
        };
    }

    /** The DAC name of {@link #sector}'s code. */
    static String sectorName(AidSector sector) {
        return switch (sector) {
            case EDUCATION_AND_TRAINING -> "Education facilities and training";
            case HEALTH -> "Basic health care";
            case SMALL_RURAL_INFRASTRUCTURE -> "Rural development";
            case AGRICULTURE_AND_RURAL_DEVELOPMENT -> "Agricultural development";
            case POVERTY_REDUCTION -> "Social protection";
            case EMERGENCY_RELIEF -> "Material relief assistance and services";
        };
    }

    /**
     * ActivityStatus: approved aid not yet started is still in the pipeline (1), started aid is in
     * implementation (2), aid with its completion report is closed (4), revoked aid cancelled (5).
     */
    static String activityStatus(AidStatus status) {
        return switch (status) {
            case APPROVED -> "1";
            case IN_PROGRESS -> "2";
            case COMPLETED -> "4";
            case REVOKED -> "5";
            case PROPOSED, APPRAISED, REFUSED ->
                    throw new IllegalArgumentException("Aid that is " + status + " is not published");
        };
    }

    /** OrganisationType of a donor: a foreign NGO is an international NGO (21), any other body "other" (90). */
    static String organisationType(DonorKind kind) {
        return kind == DonorKind.FOREIGN_NGO ? "21" : "90";
    }
}
