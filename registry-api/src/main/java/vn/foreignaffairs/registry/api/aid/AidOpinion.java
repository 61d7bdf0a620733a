package vn.foreignaffairs.registry.api.aid;

import vn.foreignaffairs.registry.api.delegation.Opinion;

/** A consulted agency's written opinion on proposed aid (ý kiến của cơ quan được lấy ý kiến). */
public record AidOpinion(String agency, Opinion opinion, String note) {
}
