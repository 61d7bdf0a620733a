package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * A decision of the competent authority on an agreement (quyết định, văn bản của cấp có thẩm
 * quyền): approving its signing, amending, extending, suspending, resuming, withdrawing from or
 * terminating it, or transferring it. Number, date and signer.
 */
public record AgreementDecision(String number, LocalDate date, String signer) {
}
