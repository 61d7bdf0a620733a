package vn.foreignaffairs.registry.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The record types an inspector names in a URL ({@code delegation}, {@code aid-project}, ...),
 * each mapped to the aggregate type the event store files its events under.
 */
public final class RecordTypes {

    private static final Map<String, String> AGGREGATE_TYPES = new LinkedHashMap<>();

    static {
        AGGREGATE_TYPES.put("delegation", "Delegation");
        AGGREGATE_TYPES.put("inbound-delegation", "InboundDelegation");
        AGGREGATE_TYPES.put("annual-plan", "AnnualPlan");
        AGGREGATE_TYPES.put("agreement", "Agreement");
        AGGREGATE_TYPES.put("agreement-implementation-plan", "AgreementImplementationPlan");
        AGGREGATE_TYPES.put("conference", "Conference");
        AGGREGATE_TYPES.put("aid-project", "AidProject");
        AGGREGATE_TYPES.put("donor", "Donor");
        AGGREGATE_TYPES.put("agency", "Agency");
        AGGREGATE_TYPES.put("policy", "PolicySetting");
        AGGREGATE_TYPES.put("freeze", "ApprovalFreeze");
        AGGREGATE_TYPES.put("calendar", "CountryCalendar");
        AGGREGATE_TYPES.put("link", "RecordLink");
        AGGREGATE_TYPES.put("compliance-report", "ComplianceReport");
    }

    private RecordTypes() {
    }

    /** The aggregate type of a URL's record type, if it is one. */
    public static Optional<String> aggregateType(String recordType) {
        return Optional.ofNullable(recordType).map(AGGREGATE_TYPES::get);
    }

    /** The URL's record type of an aggregate type, if it is one. */
    public static Optional<String> recordType(String aggregateType) {
        return AGGREGATE_TYPES.entrySet().stream().filter(entry -> entry.getValue().equals(aggregateType))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The URL's record type of an aggregate type, or the aggregate type itself when it has none. */
    public static String name(String aggregateType) {
        return recordType(aggregateType).orElse(aggregateType);
    }

    public static Iterable<String> names() {
        return AGGREGATE_TYPES.keySet();
    }

    /** Every record type, in a stable order. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(AGGREGATE_TYPES);
    }
}
