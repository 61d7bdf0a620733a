package vn.foreignaffairs.registry.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.web.FieldError;
import vn.foreignaffairs.registry.web.input.RefusedInput;

/** The texts of the pages ({@code messages/pages*.properties}), and refusals said in the reader's language. */
@Component
public class PageMessages {

    private final MessageSource source;

    public PageMessages(MessageSource source) {
        this.source = source;
    }

    public String text(String key, Locale locale, Object... arguments) {
        return source.getMessage(key, arguments, key, locale);
    }

    /**
     * A refusal in the reader's language: the sentence for its code and field
     * ({@code refusal.CODE.field}) or for its code ({@code refusal.CODE}) when the pages have one,
     * else the domain's own (English) explanation, which is always precise.
     */
    public String refusal(RuleViolation violation, Locale locale) {
        String key = "refusal." + violation.code().name();
        String own = violation.field() == null ? null : source.getMessage(key + "." + violation.field(), null, null, locale);
        if (own == null) {
            own = source.getMessage(key, null, null, locale);
        }
        return own != null ? own : violation.getMessage();
    }

    /**
     * What the input screen refused, one sentence for each kind of error (naming the fields that
     * can be shown as they are), and that nothing was written.
     */
    public String refusedInput(RefusedInput refused, Locale locale) {
        Map<String, List<String>> fieldsByCode = new LinkedHashMap<>();
        for (FieldError error : refused.errors()) {
            List<String> fields = fieldsByCode.computeIfAbsent(error.code(), code -> new ArrayList<>());
            if (RefusedInput.isShowable(error.field()) && !fields.contains(error.field())) {
                fields.add(error.field());
            }
        }
        StringBuilder sentences = new StringBuilder();
        fieldsByCode.forEach((code, fields) -> sentences.append(text("error.input." + code, locale,
                fields.isEmpty() ? text("error.input.someField", locale) : String.join(", ", fields))).append(' '));
        return sentences.append(text("error.input.nothingWritten", locale)).toString();
    }

    /** The HTTP status the API answers a refusal with. */
    public static int status(RuleViolation violation) {
        RefusalCode.Kind kind = violation.code().kind();
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case RULE -> 409;
            case STALE -> 412;
        };
    }
}
