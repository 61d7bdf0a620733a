package vn.foreignaffairs.registry.audit.ledger;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.audit.RecordTypes;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** Audit search over the ledger, and exports of a search or of one record's history as CSV or JSON lines. */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditEventsController {

    /** An export bigger than this is refused: the search must be narrowed. */
    public static final long MAX_EXPORT_ROWS = 100_000;

    private static final java.util.regex.Pattern RECORD_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final AuditSearch search;
    private final LedgerExport export;

    public AuditEventsController(AuditSearch search, LedgerExport export) {
        this.search = search;
        this.export = export;
    }

    @GetMapping("/events")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    public AuditEventPage events(@RequestParam(required = false) @Size(max = 100) String actor,
                                 @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String agency,
                                 @RequestParam(required = false) String recordType,
                                 @RequestParam(required = false) @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{0,99}") String eventType,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return search.page(query(actor, agency, recordType, eventType, from, to), page, size);
    }

    @GetMapping("/events/export")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    public void exportEvents(@RequestParam(defaultValue = "csv") String format,
                             @RequestParam(required = false) @Size(max = 100) String actor,
                             @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String agency,
                             @RequestParam(required = false) String recordType,
                             @RequestParam(required = false) @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{0,99}") String eventType,
                             @RequestParam(required = false) Instant from,
                             @RequestParam(required = false) Instant to,
                             HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = format(format);
        AuditQuery query = query(actor, agency, recordType, eventType, from, to);
        long rows = search.count(query);
        if (rows > MAX_EXPORT_ROWS) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "from", "The search matches " + rows
                    + " events, more than the " + MAX_EXPORT_ROWS + " an export may hold: narrow it, e.g. by time.");
        }
        stream(query, exportFormat, "audit-events", response);
    }

    @GetMapping("/records/{type}/{id}/export")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    public void exportRecord(@PathVariable String type, @PathVariable String id,
                             @RequestParam(defaultValue = "csv") String format,
                             HttpServletResponse response) throws IOException {
        String aggregateType = RecordTypes.aggregateType(type).orElseThrow(RecordNotFound::new);
        if (!RECORD_ID.matcher(id).matches()) {
            throw new RecordNotFound();
        }
        ExportFormat exportFormat = format(format);
        AuditQuery query = AuditQuery.ofRecord(aggregateType, id);
        if (search.count(query) == 0) {
            throw new RecordNotFound();
        }
        stream(query, exportFormat, type + "-" + id, response);
    }

    private void stream(AuditQuery query, ExportFormat format, String name, HttpServletResponse response)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + name + "." + format.fileExtension() + "\"");
        export.write(query, format, response.getOutputStream());
    }

    private static AuditQuery query(String actor, String agency, String recordType, String eventType,
                                    Instant from, Instant to) {
        String aggregateType = null;
        if (recordType != null) {
            aggregateType = RecordTypes.aggregateType(recordType).orElseThrow(() -> new RuleViolation(
                    RefusalCode.VALIDATION_FAILED, "recordType", "'" + recordType + "' is not a record type; use one of "
                            + String.join(", ", RecordTypes.names()) + "."));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "to", "'to' must be after 'from'.");
        }
        return new AuditQuery(blankToNull(actor), agency, aggregateType, null, eventType, from, to);
    }

    private static ExportFormat format(String format) {
        return ExportFormat.of(format).orElseThrow(() -> new RuleViolation(RefusalCode.VALIDATION_FAILED, "format",
                "'format' must be csv or jsonl."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
