package vn.foreignaffairs.registry.api.inbound;

import java.time.LocalDate;

/**
 * The decision of the competent authority approving the reception of a foreign delegation
 * (văn bản phê duyệt đón đoàn): number, date and signer.
 */
public record ApprovalDecision(String number, LocalDate date, String signer) {
}
