package vn.foreignaffairs.registry.web;

import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** Reads the version a writer last saw from {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}). */
public final class IfMatch {

    private IfMatch() {
    }

    /** The expected version, or null when the header is absent or {@code *}. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "If-Match",
                "If-Match must carry the version you last read, as returned in the ETag header.");
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
