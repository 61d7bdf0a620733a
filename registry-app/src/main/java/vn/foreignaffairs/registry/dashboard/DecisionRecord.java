package vn.foreignaffairs.registry.dashboard;

import java.util.List;

/**
 * A record on its decision page: its main fields (label keys of the page bundle and values), its
 * status and version, whether it still waits for a decision, who may decide it, and whether the
 * approval may need an override reason (over a disagreement, a late application, an unfavourable
 * appraisal).
 */
public record DecisionRecord(String type, String id, String agency, String title, String status, long version,
                             List<Field> fields, boolean pending, List<String> decidedBy, boolean overridable) {

    public record Field(String label, String value) {
    }

    public boolean decidableBy(String role) {
        return pending && decidedBy.contains(role);
    }

    /** The record's own page, where the consultations, the appraisal and the officers' steps are recorded; or null. */
    public String recordPage() {
        return switch (type) {
            case DecisionType.AGREEMENT -> "/app/agreements/" + id;
            case DecisionType.CONFERENCE -> "/app/conferences/" + id;
            case DecisionType.AID -> "/app/aid/" + id;
            default -> null;
        };
    }
}
