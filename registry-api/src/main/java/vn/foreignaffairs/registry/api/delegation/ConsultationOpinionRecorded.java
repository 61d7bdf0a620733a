package vn.foreignaffairs.registry.api.delegation;

public record ConsultationOpinionRecorded(DelegationId id, String agency, Opinion opinion, String note)
        implements DelegationEvent {
}
