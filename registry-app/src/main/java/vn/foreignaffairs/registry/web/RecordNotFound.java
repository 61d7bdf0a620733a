package vn.foreignaffairs.registry.web;

/** The record asked for does not exist, or the caller may not know that it does. */
public class RecordNotFound extends RuntimeException {
    public RecordNotFound() {
        super("No such record");
    }
}
