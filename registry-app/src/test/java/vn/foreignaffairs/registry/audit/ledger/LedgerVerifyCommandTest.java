package vn.foreignaffairs.registry.audit.ledger;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The offline {@code verify} command against copies of the store on the test's Mongo server. */
class LedgerVerifyCommandTest extends RegistryIntegrationTest {

    @Autowired
    MongoClient client;

    @Autowired
    MongoDatabase live;

    @TempDir
    Path tempDir;

    private MongoDatabase copy;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheStore() {
        createSubmitted("officer");
        copy = LedgerCopies.copy(client, live);
    }

    @AfterEach
    void dropTheCopy() {
        copy.drop();
    }

    @Test
    void exitsZeroWhenTheChainHolds() {
        int exit = run("verify", "--mongodb-uri=" + uri(), "--database=" + copy.getName());

        assertThat(exit).as(output()).isEqualTo(LedgerVerifyCommand.OK);
        assertThat(output()).startsWith("OK: ").contains("head: position " + copy.getCollection("audit_ledger").countDocuments());
    }

    @Test
    void exitsNonZeroAndNamesTheBreak() {
        Document event = copy.getCollection("domainevents").find().first();
        long position = LedgerCopies.positionOf(copy, event.getString("eventIdentifier"));
        copy.getCollection("domainevents").updateOne(eq("_id", event.get("_id")),
                set("serializedPayload", event.getString("serializedPayload") + " "));

        int exit = run("verify", "--mongodb-uri=" + uri(), "--database=" + copy.getName());

        assertThat(exit).as(output()).isEqualTo(LedgerVerifyCommand.BROKEN);
        assertThat(output()).startsWith("BROKEN: ").contains("first break: position " + position + ", CHANGED");
    }

    @Test
    void anEmptiedLedgerBesideItsEventsIsABreak() {
        copy.getCollection("audit_ledger").drop();

        int exit = run("verify", "--mongodb-uri=" + uri(), "--database=" + copy.getName());

        assertThat(exit).as(output()).isEqualTo(LedgerVerifyCommand.BROKEN);
        assertThat(output()).startsWith("BROKEN: ").contains("first break: position 1, MISSING")
                .contains("stored events never chained: " + copy.getCollection("domainevents").countDocuments());
    }

    @Test
    void aLedgerCutShortIsABreak() {
        long head = copy.getCollection("audit_ledger").countDocuments();
        copy.getCollection("audit_ledger").deleteOne(eq("_id", head));

        int exit = run("verify", "--mongodb-uri=" + uri(), "--database=" + copy.getName());

        assertThat(exit).as(output()).isEqualTo(LedgerVerifyCommand.BROKEN);
        assertThat(output()).contains("first break: position " + head + ", MISSING");
    }

    @Test
    void aDatabaseWithoutAnEventStoreIsNotVerifiedAsAnEmptyChain() {
        int exit = run("verify", "--mongodb-uri=" + uri(), "--database=no-such-registry");

        assertThat(exit).as(output()).isEqualTo(LedgerVerifyCommand.UNREADABLE);
        assertThat(output()).contains("holds no event store").doesNotContain("OK");
        assertThat(client.listDatabaseNames().into(new java.util.ArrayList<>())).as("nothing created")
                .doesNotContain("no-such-registry");
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertThat(run("verify")).isEqualTo(LedgerVerifyCommand.USAGE);
        assertThat(output()).contains("Name the store").contains("Usage:");
        assertThat(run("verify", "--data-dir=" + tempDir)).as("no store there, and none is created")
                .isEqualTo(LedgerVerifyCommand.UNREADABLE);
        assertThat(tempDir.toFile().list()).isEmpty();
        assertThat(run("verify", "--mongodb-uri=" + uri(), "--colour=blue")).isEqualTo(LedgerVerifyCommand.USAGE);
        assertThat(run("verify", "--mongodb-uri=not-a-uri")).isEqualTo(LedgerVerifyCommand.UNREADABLE);
    }

    @Test
    void theApplicationsMainRecognisesTheCommand() {
        assertThat(LedgerVerifyCommand.isCommand(new String[] {"verify", "--mongodb-uri=x"})).isTrue();
        assertThat(LedgerVerifyCommand.isCommand(new String[] {"--server.port=0"})).isFalse();
        assertThat(LedgerVerifyCommand.isCommand(new String[0])).isFalse();
    }

    private int run(String... args) {
        printed.reset();
        return LedgerVerifyCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private String uri() {
        ServerAddress address = client.getClusterDescription().getServerDescriptions().get(0).getAddress();
        return "mongodb://" + address.getHost() + ":" + address.getPort();
    }
}
