package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

public record AgreementOpinionRecorded(AgreementId id, String agency, Opinion opinion, String note,
                                       LocalDate answeredOn) implements AgreementEvent {
}
