package vn.foreignaffairs.registry.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The record types of the audit API, as lower-case kebab names in paths and parameters, and the
 * aggregate type each stands for in the event store.
 */
public final class RecordTypes {

    private static final Map<String, String> AGGREGATE_TYPES = new LinkedHashMap<>();

    static {
        AGGREGATE_TYPES.put("delegation", "Delegation");
        AGGREGATE_TYPES.put("inbound-delegation", "InboundDelegation");
        AGGREGATE_TYPES.put("annual-plan", "AnnualPlan");
        AGGREGATE_TYPES.put("agreement", "Agreement");
        AGGREGATE_TYPES.put("conference", "Conference");
        AGGREGATE_TYPES.put("aid-project", "AidProject");
        AGGREGATE_TYPES.put("donor", "Donor");
        AGGREGATE_TYPES.put("agency", "Agency");
        AGGREGATE_TYPES.put("policy", "PolicySetting");
        AGGREGATE_TYPES.put("freeze", "ApprovalFreeze");
        AGGREGATE_TYPES.put("calendar", "CountryCalendar");
        AGGREGATE_TYPES.put("link", "RecordLink");
    }

    private RecordTypes() {
    }

    /** The aggregate type of a kebab name, e.g. {@code inbound-delegation} → {@code InboundDelegation}. */
    public static Optional<String> aggregateType(String name) {
        return Optional.ofNullable(name).map(AGGREGATE_TYPES::get);
    }

    /** The kebab name of an aggregate type, or the type itself when it has none. */
    public static String name(String aggregateType) {
        return AGGREGATE_TYPES.entrySet().stream().filter(entry -> entry.getValue().equals(aggregateType))
                .map(Map.Entry::getKey).findFirst().orElse(aggregateType);
    }

    public static Iterable<String> names() {
        return AGGREGATE_TYPES.keySet();
    }
}
