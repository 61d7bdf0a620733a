package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.MongoException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.foreignaffairs.registry.storage.OfflineStore;

/**
 * {@code java -jar registry-app.jar verify --mongodb-uri=mongodb://... [--database=registry]} (or
 * {@code --data-dir=DIR} for a stopped registry's embedded store): verifies the audit ledger
 * against the event store without starting the registry (no web server, no Spring),
 * prints the result and exits 0 when the chain holds, 1 on a break, 2 on wrong arguments, 3 when the
 * database cannot be read or holds no event store.
 */
public final class LedgerVerifyCommand {

    public static final String NAME = "verify";
    public static final int OK = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;

    private static final String USAGE_TEXT = """
            Usage: java -jar registry-app.jar verify --mongodb-uri=<MongoDB connection string> [--database=registry]
                   java -jar registry-app.jar verify --data-dir=<embedded store folder, registry stopped> [--database=registry]
            Recomputes the audit ledger's hash chain from the event store and reports the first break.
            Exit code: 0 the chain holds, 1 it breaks, 2 wrong arguments, 3 the database cannot be read or holds no event store.""";

    private LedgerVerifyCommand() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args, System.out));
    }

    /** Runs the command and answers its exit code; {@code args[0]} may be the word {@code verify}. */
    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = isCommand(args) ? 1 : 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                out.println("Unknown argument: " + arg);
                out.println(USAGE_TEXT);
                return USAGE;
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String database = options.getOrDefault("database", "registry");
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(Set.of("mongodb-uri", "data-dir", "database"));
        boolean named = !options.getOrDefault("mongodb-uri", "").isBlank() || options.containsKey("data-dir");
        if (!unknown.isEmpty() || !named) {
            out.println(named ? "Unknown options: " + unknown : "Name the store: --mongodb-uri=... or --data-dir=...");
            out.println(USAGE_TEXT);
            return USAGE;
        }
        // Opening a folder without a store would create an empty one: a verify must not write.
        if (options.getOrDefault("mongodb-uri", "").isBlank()
                && !Files.isRegularFile(Path.of(options.get("data-dir")).resolve("registry.mv"))) {
            out.println("No embedded store in " + Path.of(options.get("data-dir")).toAbsolutePath() + ".");
            return UNREADABLE;
        }
        try (OfflineStore store = OfflineStore.open(options)) {
            // A mistyped --database would otherwise verify an empty ledger against no events: OK.
            if (!store.databaseExists()
                    || !store.database().listCollectionNames().into(new ArrayList<>()).contains(StoredEvents.COLLECTION)) {
                out.println("Database '" + database + "' holds no event store (no collection " + StoredEvents.COLLECTION
                        + "): name the registry's database with --database=.");
                return UNREADABLE;
            }
            LedgerVerification result = new LedgerVerifier(LedgerStore.of(store.database()),
                    LedgerConfiguration.PENDING_WINDOW).verify();
            print(result, out);
            return result.ok() ? OK : BROKEN;
        } catch (MongoException | IllegalArgumentException | IllegalStateException e) {
            out.println("Cannot read the event store and ledger of database '" + database + "': " + e.getMessage());
            return UNREADABLE;
        }
    }

    private static void print(LedgerVerification result, PrintStream out) {
        out.println(result.status() + ": " + result.explanation());
        out.println("head: position " + result.head().position() + ", hash " + result.head().hash()
                + (result.head().at() == null ? "" : ", at " + result.head().at()));
        if (result.firstBreak() != null) {
            LedgerBreak broken = result.firstBreak();
            out.println("first break: position " + broken.position() + ", " + broken.kind()
                    + (broken.eventId() == null ? "" : ", event " + broken.eventId()));
        }
        if (result.unchainedCount() > 0) {
            out.println("stored events never chained: " + result.unchainedCount());
            result.unchained().forEach(event -> out.println("  " + event.eventId() + " " + event.recordType() + " "
                    + event.recordId() + " #" + event.sequence() + " " + event.timestamp()));
        }
        if (result.pendingCount() > 0) {
            out.println("newest events not chained yet (not a break): " + result.pendingCount());
        }
    }

    /** Without Spring Boot's logging set-up, Logback would print the driver's debug lines. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
