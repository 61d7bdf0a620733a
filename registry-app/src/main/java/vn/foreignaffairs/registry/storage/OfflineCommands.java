package vn.foreignaffairs.registry.storage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.foreignaffairs.registry.storage.backup.BackupRefused;
import vn.foreignaffairs.registry.storage.backup.BackupSummary;
import vn.foreignaffairs.registry.storage.backup.EventLogBackup;
import vn.foreignaffairs.registry.storage.backup.EventLogRestore;

/**
 * Commands run instead of the registry, against its store:
 * {@code java -jar registry-app.jar backup --out=FILE} and {@code restore --in=FILE}, with
 * {@code --mongodb-uri=URI} or {@code --data-dir=DIR} and {@code --database=NAME}. Exit codes:
 * 0 done, 1 refused (the reason is printed), 2 wrong usage.
 */
public final class OfflineCommands {

    private static final Set<String> COMMANDS = Set.of("backup", "restore");

    private OfflineCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args, err);
        if (options == null) {
            return 2;
        }
        try {
            return switch (args[0]) {
                case "backup" -> backup(options, out, err);
                case "restore" -> restore(options, out, err);
                default -> 2;
            };
        } catch (BackupRefused | IllegalStateException refused) {
            err.println(refused.getMessage());
            return 1;
        }
    }

    private static int backup(Map<String, String> options, PrintStream out, PrintStream err) {
        String file = options.get("out");
        if (file == null) {
            err.println("Say where to write the backup: backup --out=FILE");
            return 2;
        }
        try (OfflineStore store = OfflineStore.open(options);
             BufferedWriter writer = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            BackupSummary summary = new EventLogBackup(store.database()).writeTo(writer);
            out.printf("Backed up %d events (%d chained by the ledger) and %d users to %s%n",
                    summary.events(), summary.chained(), summary.users(), file);
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static int restore(Map<String, String> options, PrintStream out, PrintStream err) {
        String file = options.get("in");
        if (file == null || !Files.isReadable(Path.of(file))) {
            err.println("Name a readable backup file: restore --in=FILE");
            return 2;
        }
        try (OfflineStore store = OfflineStore.open(options)) {
            BackupSummary summary = new EventLogRestore(store.database()).restoreFrom(Path.of(file));
            out.printf("Restored %d events (%d chained by the ledger) and %d users. Start the registry on this"
                    + " store: it rebuilds the read models from the events.%n",
                    summary.events(), summary.chained(), summary.users());
            return 0;
        }
    }

    /** {@code --name=value} options after the command; null (and a message) for anything else. */
    private static Map<String, String> options(String[] args, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                err.println("Unknown argument " + arg + "; options are --name=value.");
                return null;
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
