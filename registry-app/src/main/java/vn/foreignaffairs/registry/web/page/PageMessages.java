package vn.foreignaffairs.registry.web.page;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

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
