package vn.foreignaffairs.registry.web.page;

import java.util.Arrays;
import java.util.List;

/**
 * One input of a page form, named as the API names the field it fills ({@code foreignParty.countryCode},
 * {@code signatories[0].name}), so that a field error of the API lands next to it. {@code label} is
 * a message key; {@code choices} are those of a list to choose from; {@code fixed} is the value
 * a hidden input always sends.
 */
public record FormInput(String name, Kind kind, String label, List<Choice> choices, String fixed) {

    public enum Kind {
        TEXT, TEXTAREA, DATE, NUMBER, CHOICE,
        /** One item per line (textarea), sent as a list. */
        LINES,
        /** Codes separated by commas or spaces (agencies, countries), upper-cased, sent as a list. */
        CODES,
        HIDDEN
    }

    /** One choice: the value sent, and the message key of its label or, without one, the text shown for it. */
    public record Choice(String value, String label, String text) {

        public String shown() {
            return text == null ? value : text;
        }
    }

    public FormInput {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static FormInput text(String name, String label) {
        return new FormInput(name, Kind.TEXT, label, null, null);
    }

    public static FormInput textarea(String name, String label) {
        return new FormInput(name, Kind.TEXTAREA, label, null, null);
    }

    public static FormInput date(String name, String label) {
        return new FormInput(name, Kind.DATE, label, null, null);
    }

    public static FormInput number(String name, String label) {
        return new FormInput(name, Kind.NUMBER, label, null, null);
    }

    public static FormInput lines(String name, String label) {
        return new FormInput(name, Kind.LINES, label, null, null);
    }

    public static FormInput codes(String name, String label) {
        return new FormInput(name, Kind.CODES, label, null, null);
    }

    public static FormInput hidden(String name, String value) {
        return new FormInput(name, Kind.HIDDEN, null, null, value);
    }

    /** A choice among the constants of an enum, each labelled {@code labels + NAME}. */
    public static FormInput choice(String name, String label, Enum<?>[] values, String labels) {
        return new FormInput(name, Kind.CHOICE, label, Arrays.stream(values)
                .map(value -> new Choice(value.name(), labels + value.name(), null)).toList(), null);
    }

    /** A choice among values shown as they are (agency codes, for instance). */
    public static FormInput choice(String name, String label, List<String> values) {
        return new FormInput(name, Kind.CHOICE, label, values.stream().map(value -> new Choice(value, null, null)).toList(),
                null);
    }

    /** Yes or no, sent as {@code true} or {@code false}. */
    public static FormInput yesNo(String name, String label) {
        return new FormInput(name, Kind.CHOICE, label,
                List.of(new Choice("false", "records.form.no", null), new Choice("true", "records.form.yes", null)), null);
    }

    /** Free text, with {@code suggestions} offered as the reader types (a datalist: value and what it names). */
    public static FormInput suggested(String name, String label, List<Choice> suggestions) {
        return new FormInput(name, Kind.TEXT, label, suggestions, null);
    }

    /** The HTML id of the input: its name with every character that is no letter or digit as a dash. */
    public String id() {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public boolean isList() {
        return kind == Kind.LINES || kind == Kind.CODES;
    }
}
