package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads exports back the way their users' programs would: CSV parsed, XLSX with POI, PDF text extracted. */
public final class Exports {

    private Exports() {
    }

    /** The CSV's records, the header row first. */
    public static List<List<String>> csv(HttpResponse<byte[]> response) {
        ok(response, "text/csv");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 byte-order mark").startsWith("\uFEFF");
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty row of the first sheet, as the cells' shown text. */
    public static List<List<String>> xlsx(HttpResponse<byte[]> response) {
        ok(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            DataFormatter shown = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(shown.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text, with every run of white space made one space. */
    public static String pdf(HttpResponse<byte[]> response) {
        ok(response, "application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ok(HttpResponse<byte[]> response, String contentType) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    }
}
