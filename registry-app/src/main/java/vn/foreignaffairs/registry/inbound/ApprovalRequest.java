package vn.foreignaffairs.registry.inbound;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Approval of an inbound delegation: the decision of the competent authority that allows the visit. */
public record ApprovalRequest(
        @NotBlank @Size(max = 100) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @Size(max = 200) String signer) {
}
