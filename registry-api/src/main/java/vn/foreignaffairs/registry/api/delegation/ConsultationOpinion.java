package vn.foreignaffairs.registry.api.delegation;

/** A consulted agency's written opinion on an off-plan delegation. */
public record ConsultationOpinion(String agency, Opinion opinion, String note) {
}
