package vn.foreignaffairs.registry.dashboard;

import java.time.LocalDate;

/**
 * One record waiting for a reviewer's or leader's consultation or decision: which register
 * ({@code type}), whose, what, in which status since when, and the page where it is decided.
 */
public record QueueItem(String type, String id, String agency, String title, String status, LocalDate since,
                        String link) {
}
