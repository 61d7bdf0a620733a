package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What an audit search asks for; every criterion is optional. {@code recordType} is the aggregate
 * type, {@code eventType} the simple name of the event's class, {@code from} inclusive and
 * {@code to} exclusive.
 */
public record AuditQuery(String actor, String agency, String recordType, String recordId, String eventType,
                         Instant from, Instant to) {

    public static AuditQuery ofRecord(String recordType, String recordId) {
        return new AuditQuery(null, null, recordType, recordId, null, null, null);
    }

    Bson filter() {
        List<Bson> criteria = new ArrayList<>();
        if (actor != null) {
            criteria.add(eq(LedgerEntries.ACTOR, actor));
        }
        if (agency != null) {
            criteria.add(eq(LedgerEntries.AGENCY, agency));
        }
        if (recordType != null) {
            criteria.add(eq(LedgerEntries.RECORD_TYPE, recordType));
        }
        if (recordId != null) {
            criteria.add(eq(LedgerEntries.RECORD_ID, recordId));
        }
        if (eventType != null) {
            criteria.add(eq(LedgerEntries.EVENT_TYPE, eventType));
        }
        if (from != null) {
            criteria.add(gte(LedgerEntries.TIMESTAMP, Date.from(from)));
        }
        if (to != null) {
            criteria.add(lt(LedgerEntries.TIMESTAMP, Date.from(to)));
        }
        return criteria.isEmpty() ? new Document() : and(criteria);
    }
}
