package vn.foreignaffairs.registry.web.page;

/**
 * A warning shown on a record's page, from what the API says of the record (a late application,
 * a late appraisal): never a refusal. {@code code} is stable (the page's {@code data-code});
 * {@code message} is in the reader's language.
 */
public record RecordWarning(String code, String message) {
}
