package vn.foreignaffairs.registry.link;

import vn.foreignaffairs.registry.api.link.RecordType;

/**
 * One end of a link as a viewer sees it: enough to show and open it on a record's page.
 * {@code agency} is the agency the record belongs to (owning, hosting or signing agency), or null
 * for records of no agency such as a donor; officers link only from their own agency's records.
 */
public record LinkedRecord(RecordType type, String id, String title, String agency) {
}
