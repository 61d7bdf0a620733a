package vn.foreignaffairs.registry.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.export.ExportFormat;
import vn.foreignaffairs.registry.export.RegisterTables;
import vn.foreignaffairs.registry.export.Table;
import vn.foreignaffairs.registry.export.TableWriter;
import vn.foreignaffairs.registry.report.ReportController;
import vn.foreignaffairs.registry.web.page.PageController;

/**
 * A compliance report's page and its downloads. The browser's session cannot call the API (Basic
 * only), so the files come from here, written by the API's own export code from the report the
 * API's endpoint answers, with its access checks.
 */
@PageController
public class ReportPages {

    private final ReportController reports;
    private final RegisterTables tables;
    private final List<TableWriter> writers;

    public ReportPages(ReportController reports, RegisterTables tables, List<TableWriter> writers) {
        this.reports = reports;
        this.tables = tables;
        this.writers = writers;
    }

    @GetMapping("/app/reports/{scope}/{period}")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    String report(@PathVariable String scope, @PathVariable String period, Model model) {
        model.addAttribute("report", reports.get(scope, period, null).getBody());
        model.addAttribute("formats", List.of("csv", "xlsx", "pdf"));
        return "leadership/report";
    }

    @GetMapping("/app/reports/{scope}/{period}/export")
    @PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'LEADERSHIP', 'INSPECTOR')")
    ResponseEntity<byte[]> export(@PathVariable String scope, @PathVariable String period,
                                  @RequestParam(defaultValue = "csv") String format) throws IOException {
        ExportFormat exportFormat = formatOf(format);
        ComplianceReportView report = reports.get(scope, period, null).getBody();
        Table table = tables.tableOf(report);
        TableWriter writer = writers.stream().filter(candidate -> candidate.format() == exportFormat).findFirst()
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        return ResponseEntity.ok().contentType(exportFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.fileName() + "." + exportFormat.extension()).build().toString())
                .body(out.toByteArray());
    }

    private static ExportFormat formatOf(String format) {
        for (ExportFormat candidate : ExportFormat.values()) {
            if (candidate.extension().equalsIgnoreCase(format)) {
                return candidate;
            }
        }
        throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "format", "CSV, XLSX or PDF only.");
    }

}
