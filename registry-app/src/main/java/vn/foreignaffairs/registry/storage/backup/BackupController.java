package vn.foreignaffairs.registry.storage.backup;

import com.mongodb.client.MongoDatabase;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A backup of the running registry, streamed as it is read: the whole event log with its ledger
 * entries, and the users. Restoring is done offline, into an empty store ({@code restore}
 * command, docs/operations.md).
 */
@RestController
public class BackupController {

    private final MongoDatabase store;

    public BackupController(MongoDatabase store) {
        this.store = store;
    }

    @GetMapping(value = "/api/v1/admin/backup", produces = "application/x-ndjson")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<StreamingResponseBody> backup() {
        String name = "registry-backup-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-')
                + ".jsonl";
        StreamingResponseBody body = out -> new EventLogBackup(store)
                .writeTo(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(body);
    }
}
