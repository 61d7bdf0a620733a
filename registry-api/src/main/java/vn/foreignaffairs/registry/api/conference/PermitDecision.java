package vn.foreignaffairs.registry.api.conference;

import java.time.LocalDate;

/**
 * The written answer of the competent authority that permits the conference (văn bản cho phép
 * tổ chức hội nghị, hội thảo quốc tế): number, date and signer.
 */
public record PermitDecision(String number, LocalDate date, String signer) {
}
