package vn.foreignaffairs.registry.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Approval of a delegation: the decision (quyết định cử đoàn) that sends it, and, when a consulted
 * agency disagreed, why the approver decides otherwise.
 */
public record DecisionRequest(
        @NotBlank @Size(max = 100) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @Size(max = 200) String signer,
        @Size(max = 2000) String overrideReason) {
}
