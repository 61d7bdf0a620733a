package vn.foreignaffairs.registry.web.input;

/** What counts as clean text in a request, and how fields are named in errors. */
final class Text {

    private Text() {
    }

    /**
     * No control characters but tab, carriage return and line feed; no unpaired surrogates; no
     * bidirectional overrides or isolates, which make text display differently from what it is;
     * no replacement character (U+FFFD), which is what bytes that were not UTF-8 become once
     * decoded (a form's value, say), so that broken text is refused rather than stored broken.
     */
    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (c >= 0x7F && c <= 0x9F) {
                return false;
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFFFD) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code /destinations/0/countryCode} becomes {@code destinations[0].countryCode}. */
    static String fieldPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }
}
