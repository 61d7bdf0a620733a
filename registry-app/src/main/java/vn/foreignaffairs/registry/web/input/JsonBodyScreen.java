package vn.foreignaffairs.registry.web.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import vn.foreignaffairs.registry.web.FieldError;

/**
 * Reads a JSON body token by token, before any controller sees it, and refuses what no request
 * of the registry can legitimately contain: broken or duplicated JSON, MongoDB operators and
 * dotted keys (field names starting with {@code $} or containing {@code .}), control characters
 * in text, over-long strings and over-deep nesting ({@link InputRules}, which forms obey too).
 * Text in any script is welcome.
 */
public final class JsonBodyScreen {

    private final InputLimits limits;
    private final JsonFactory factory;

    public JsonBodyScreen(InputLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .build();
    }

    /** The problem with {@code body}, or empty when it may go on to the controller. */
    public Optional<ProblemDetail> problemWith(byte[] body) {
        InputRules rules = new InputRules(limits);
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.empty(); // no body at all: the controller decides whether it needs one
            }
            do {
                if (token == JsonToken.FIELD_NAME) {
                    rules.checkName(path(parser), parser.currentName());
                } else if (token == JsonToken.VALUE_STRING) {
                    rules.checkText(path(parser), parser.getText());
                }
                if (parser.getParsingContext().inRoot()) {
                    break; // the one top-level value is complete
                }
                token = parser.nextToken();
            } while (token != null);
            if (parser.nextToken() != null) {
                return Optional.of(malformed("Only one JSON value may be sent; something follows it."));
            }
        } catch (StreamConstraintsException e) {
            return Optional.of(InputRules.invalid(List.of(new FieldError("", "NESTING_TOO_DEEP",
                    "The JSON is nested too deeply."))));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return Optional.of(InputRules.invalid(List.of(new FieldError(pathOf(e), "DUPLICATE_FIELD",
                        "A field is given twice."))));
            }
            return Optional.of(malformed("The request body is not valid JSON."));
        } catch (IOException e) {
            return Optional.of(malformed("The request body could not be read."));
        }
        return Optional.ofNullable(rules.problem());
    }

    /** The field as clients name it in errors: {@code destinations[0].countryCode}. */
    private static String path(JsonParser parser) {
        return Text.fieldPath(parser.getParsingContext().pathAsPointer().toString());
    }

    private static String pathOf(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? path(parser) : "";
    }

    private static ProblemDetail malformed(String message) {
        return InputRules.invalid(List.of(new FieldError("", "MALFORMED_JSON", message)));
    }
}
