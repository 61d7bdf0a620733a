package vn.foreignaffairs.registry.api.delegation;

/** A person travelling; {@code head} marks the head of the delegation (trưởng đoàn). */
public record Member(String name, String position, String agency, PassportKind passportKind, boolean head) {
}
