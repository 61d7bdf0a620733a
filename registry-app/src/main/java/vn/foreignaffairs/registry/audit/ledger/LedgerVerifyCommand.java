package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar registry-app.jar verify --mongodb-uri=mongodb://... [--database=registry]}: verifies
 * the audit ledger against the event store without starting the registry (no web server, no Spring),
 * prints the result and exits 0 when the chain holds, 1 on a break, 2 on wrong arguments, 3 when the
 * database cannot be read.
 */
public final class LedgerVerifyCommand {

    public static final String NAME = "verify";
    public static final int OK = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;

    private static final String USAGE_TEXT = """
            Usage: java -jar registry-app.jar verify --mongodb-uri=<MongoDB connection string> [--database=registry]
            Recomputes the audit ledger's hash chain from the event store and reports the first break.
            Exit code: 0 the chain holds, 1 it breaks, 2 wrong arguments, 3 the database cannot be read.""";

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
        String uri = options.remove("mongodb-uri");
        String database = options.getOrDefault("database", "registry");
        options.remove("database");
        if (uri == null || uri.isBlank() || !options.isEmpty()) {
            out.println(options.isEmpty() ? "--mongodb-uri is required." : "Unknown options: " + options.keySet());
            out.println(USAGE_TEXT);
            return USAGE;
        }
        try (MongoClient client = MongoClients.create(uri)) {
            LedgerVerification result = new LedgerVerifier(LedgerStore.of(client.getDatabase(database)),
                    LedgerConfiguration.PENDING_WINDOW).verify();
            print(result, out);
            return result.ok() ? OK : BROKEN;
        } catch (MongoException | IllegalArgumentException e) {
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
