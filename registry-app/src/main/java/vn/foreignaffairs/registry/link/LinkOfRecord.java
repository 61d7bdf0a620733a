package vn.foreignaffairs.registry.link;

import java.time.Instant;
import vn.foreignaffairs.registry.api.link.LinkRelation;

/** One link seen from one of its ends: how they relate, and the record at the other end. */
public record LinkOfRecord(String linkId, LinkRelation relation, LinkedRecord record, String note,
                           String linkedBy, Instant linkedAt) {
}
