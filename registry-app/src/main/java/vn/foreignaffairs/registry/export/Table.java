package vn.foreignaffairs.registry.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an export prints: a file name (without extension), a title, optional lines under the
 * title, column headers with their relative widths (for the PDF), and rows of cells (text or
 * numbers; null prints empty). The rows may be read as they are written (a whole register list
 * read page by page), so a writer goes through them once.
 */
public record Table(String fileName, String title, List<String> subtitle, List<Column> columns,
                    Iterable<List<Object>> rows) {

    public Table {
        subtitle = subtitle == null ? List.of() : List.copyOf(subtitle);
        columns = List.copyOf(columns);
        if (rows instanceof List<List<Object>> list) {
            rows = list.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        }
    }

    public record Column(String header, int width) {
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** A cell as text, as CSV and PDF print it. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }
}
