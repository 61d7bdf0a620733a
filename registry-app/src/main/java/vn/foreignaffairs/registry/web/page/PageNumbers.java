package vn.foreignaffairs.registry.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a page reads from its address or form as text, so that a wrong value is the reader's
 * mistake said in place (or ignored), never a failed binding: page numbers and dates.
 */
public final class PageNumbers {

    /** The API's lists answer pages 0 to 100 000. */
    private static final int LAST = 100_000;

    private PageNumbers() {
    }

    /** The page number asked for, counted from 0; anything that is no page number is the first page. */
    public static int of(String page) {
        try {
            return Math.min(Math.max(0, Integer.parseInt(page == null ? "0" : page.strip())), LAST);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** How many pages of {@code size} the {@code total} items fill (at least one). */
    public static int count(long total, int size) {
        return (int) Math.max(1, Math.min(LAST + 1L, (total + size - 1) / size));
    }

    /** The version a form sent back (the one its writer saw), or {@code current} when it sent none that reads. */
    public static long versionOr(String typed, long current) {
        try {
            return Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException unreadable) {
            return current;
        }
    }

    /** The ISO date typed in {@code field}, or null; an unreadable date is added to {@code errors}. */
    public static LocalDate date(String value, String field, FormErrors errors, String unreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(field, unreadable);
            return null;
        }
    }
}
