package vn.foreignaffairs.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * An Office Open XML workbook of one sheet: the title and subtitle lines, then a bold header row
 * and the rows, numbers as numbers. Written with POI's streaming workbook, which keeps only the
 * last rows in memory, so a whole register list of any length can be written.
 */
@Component
class XlsxTableWriter implements TableWriter {

    private static final int ROWS_IN_MEMORY = 100;

    @Override
    public ExportFormat format() {
        return ExportFormat.XLSX;
    }

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.fileName()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            int next = 0;
            sheet.createRow(next++).createCell(0).setCellValue(table.title());
            for (String line : table.subtitle()) {
                sheet.createRow(next++).createCell(0).setCellValue(line);
            }
            next++;
            Row headers = sheet.createRow(next++);
            List<String> names = table.headers();
            for (int column = 0; column < names.size(); column++) {
                Cell cell = headers.createCell(column);
                cell.setCellValue(names.get(column));
                cell.setCellStyle(header);
            }
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(next++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    Cell cell = row.createCell(column);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(Table.text(value));
                    }
                }
            }
            for (int column = 0; column < names.size(); column++) {
                sheet.setColumnWidth(column, Math.min(255, 6 + 4 * table.columns().get(column).width()) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }
}
