package vn.foreignaffairs.registry.web;

/** One input that was refused, named as the client sent it. */
public record FieldError(String field, String code, String message) {
}
