package vn.foreignaffairs.registry.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Files for the web pages' download links. The browser's session cannot call the API (Basic
 * only), so a page hands what the API's own endpoint answered (with its access checks) to the
 * API's export code, and the file is written straight to the response as the rows are read.
 */
@Component
public class Downloads {

    private final RegisterTables tables;
    private final List<TableWriter> writers;

    public Downloads(RegisterTables tables, List<TableWriter> writers) {
        this.tables = tables;
        this.writers = writers;
    }

    /** The format a download link names ({@code csv}, {@code xlsx}, {@code pdf}), else VALIDATION_FAILED on {@code format}. */
    public static ExportFormat format(String format) {
        return Arrays.stream(ExportFormat.values()).filter(candidate -> candidate.extension().equalsIgnoreCase(format))
                .findFirst()
                .orElseThrow(() -> new RuleViolation(RefusalCode.VALIDATION_FAILED, "format", "CSV, XLSX or PDF only."));
    }

    /** Writes {@code value} (a report or a register list) as a file of {@code format}. */
    public void write(Object value, ExportFormat format, HttpServletResponse response) throws IOException {
        Table table = tables.tableOf(value);
        TableWriter writer = writers.stream().filter(candidate -> candidate.format() == format).findFirst()
                .orElseThrow();
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(table.fileName() + "." + format.extension()).build().toString());
        writer.write(table, response.getOutputStream());
        response.flushBuffer();
    }
}
