package vn.foreignaffairs.registry.api.freeze;

import java.time.LocalDate;

public record ApprovalFreezeLifted(FreezeId id, LocalDate liftedOn, String reason) {
}
