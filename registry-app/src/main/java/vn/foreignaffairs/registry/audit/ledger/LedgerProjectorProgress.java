package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * How far the ledger projector has read the event stream, as its tracking token in
 * {@code trackingtokens} says. An event the projector has passed is never delivered to it again
 * (axon-mongo's {@code MongoTrackingToken}): its identifier is among the token's tracked events,
 * or it is older than the token's time less the storage engine's look-back window. So a stored
 * event the projector has passed and the ledger does not hold will never be chained. Without a
 * readable token (none stored, as in a restored backup; an empty token; another kind of token)
 * nothing counts as passed.
 */
final class LedgerProjectorProgress {

    static final String COLLECTION = "trackingtokens";

    /** The Mongo storage engine's look-back window: axon-mongo's default, which the registry keeps. */
    static final Duration ENGINE_LOOK_BACK = Duration.ofMillis(1000);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Token> tokens;

    private LedgerProjectorProgress(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The tokens of every segment of the ledger's processor; unreadable ones count as having passed nothing. */
    static LedgerProjectorProgress read(MongoCollection<Document> tokenStore) {
        List<Token> tokens = new ArrayList<>();
        for (Document entry : tokenStore.find(eq("processorName", LedgerProjector.PROCESSING_GROUP))) {
            tokens.add(token(entry.get("token")));
        }
        return new LedgerProjectorProgress(tokens);
    }

    /** Whether every segment's token has passed the event: it will not be delivered to the projector again. */
    boolean passed(String eventId, Instant at) {
        return !tokens.isEmpty() && at != null && tokens.stream().allMatch(token -> token.passed(eventId, at));
    }

    private static Token token(Object stored) {
        byte[] bytes = stored instanceof Binary binary ? binary.getData()
                : stored instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
        if (bytes == null) {
            return Token.NONE;
        }
        try {
            JsonNode token = JSON.readTree(bytes);
            // a replay wraps the token it is at
            if (token.has("currentToken")) {
                token = token.get("currentToken");
            }
            Instant timestamp = instant(token.path("timestamp"));
            if (timestamp == null) {
                return Token.NONE;
            }
            Set<String> tracked = new HashSet<>();
            token.path("trackedEvents").fieldNames().forEachRemaining(tracked::add);
            return new Token(timestamp, tracked);
        } catch (IOException unreadable) {
            return Token.NONE;
        }
    }

    /** An ISO-8601 text, or a number of seconds (with a fraction) or of milliseconds since the epoch. */
    private static Instant instant(JsonNode value) {
        try {
            if (value.isTextual()) {
                return Instant.parse(value.asText());
            }
        } catch (DateTimeParseException unreadable) {
            return null;
        }
        if (value.isNumber()) {
            double number = value.asDouble();
            return number < 1e11 ? Instant.ofEpochMilli(Math.round(number * 1000)) : Instant.ofEpochMilli(value.asLong());
        }
        return null;
    }

    private record Token(Instant timestamp, Set<String> tracked) {

        static final Token NONE = new Token(null, Set.of());

        boolean passed(String eventId, Instant at) {
            return timestamp != null
                    && (tracked.contains(eventId) || at.isBefore(timestamp.minus(ENGINE_LOOK_BACK)));
        }
    }
}
