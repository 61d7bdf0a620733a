package vn.foreignaffairs.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * CSV (RFC 4180) in UTF-8 with a byte-order mark, so that spreadsheet programs that guess the
 * encoding show the Vietnamese diacritics right. The header row names the columns.
 */
@Component
class CsvTableWriter implements TableWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(table.headers().toArray(String[]::new)).get());
        for (var row : table.rows()) {
            printer.printRecord(row.stream().map(Table::text).toList());
        }
        printer.flush();
    }
}
