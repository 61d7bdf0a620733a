package vn.foreignaffairs.registry.api.delegation;

import java.time.LocalDate;

/** Quyết định cử đoàn: the decision that sends (or approves) the delegation. */
public record Decision(String number, LocalDate date, String signer) {
}
