package vn.foreignaffairs.registry.api.freeze;

import java.time.LocalDate;

public record ApprovalFreezeDeclared(FreezeId id, FreezeScope scope, LocalDate from, LocalDate until, String reason,
                                     String legalBasis) {
}
