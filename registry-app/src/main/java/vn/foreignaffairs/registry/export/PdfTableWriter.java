package vn.foreignaffairs.registry.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A PDF on A4 landscape pages: the title, the subtitle lines, then the table with its header row
 * repeated on each page, each cell's text wrapped within its column. DejaVu Sans is embedded
 * (the glyphs used only), since the 14 standard PDF fonts have no Vietnamese diacritics. Each
 * cell is drawn in one go, so text extraction finds its words together.
 */
@Component
class PdfTableWriter implements TableWriter {

    private static final String FONT = "fonts/DejaVuSans.ttf";
    private static final float MARGIN = 36;
    private static final float TITLE_SIZE = 13;
    private static final float TEXT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float PADDING = 2;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream font = new ClassPathResource(FONT).getInputStream()) {
            PDType0Font unicode = PDType0Font.load(document, font);
            new Layout(document, unicode, table).draw();
            document.save(out);
        }
    }

    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font font;
        private final Table table;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private final float[] widths;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, PDType0Font font, Table table) {
            this.document = document;
            this.font = font;
            this.table = table;
            float available = size.getWidth() - 2 * MARGIN;
            int total = table.columns().stream().mapToInt(Table.Column::width).sum();
            this.widths = new float[table.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = available * table.columns().get(i).width() / total;
            }
        }

        void draw() throws IOException {
            newPage();
            line(table.title(), TITLE_SIZE, MARGIN);
            y -= 4;
            for (String subtitle : table.subtitle()) {
                line(subtitle, TEXT_SIZE + 1, MARGIN);
            }
            y -= 6;
            header();
            for (List<Object> row : table.rows()) {
                row(row.stream().map(Table::text).toList());
            }
            content.close();
        }

        private void header() throws IOException {
            row(table.headers());
            content.moveTo(MARGIN, y + LEADING - 2);
            content.lineTo(size.getWidth() - MARGIN, y + LEADING - 2);
            content.stroke();
        }

        private void row(List<String> cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                List<String> cell = wrap(i < cells.size() ? cells.get(i) : "", widths[i] - 2 * PADDING);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            if (y - lines * LEADING < MARGIN) {
                content.close();
                newPage();
                header();
            }
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                float lineY = y;
                for (String text : wrapped.get(i)) {
                    text(text, TEXT_SIZE, x + PADDING, lineY);
                    lineY -= LEADING;
                }
                x += widths[i];
            }
            y -= lines * LEADING + 2;
        }

        private void line(String text, float fontSize, float x) throws IOException {
            for (String part : wrap(text, size.getWidth() - 2 * MARGIN, fontSize)) {
                text(part, fontSize, x, y);
                y -= fontSize + 3;
            }
        }

        private void text(String text, float fontSize, float x, float atY) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, atY);
            content.showText(printable(text));
            content.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN - TITLE_SIZE;
        }

        private List<String> wrap(String text, float width) {
            return wrap(text, width, TEXT_SIZE);
        }

        /** Splits at spaces (and inside words longer than the width) so that each line fits. */
        private List<String> wrap(String text, float width, float fontSize) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r", "").replace("\t", " ").split("\n", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = current.isEmpty() ? word : current + " " + word;
                    if (width(candidate, fontSize) <= width) {
                        current = new StringBuilder(candidate);
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(current.toString());
                    }
                    current = new StringBuilder();
                    for (int offset = 0; offset < word.length(); ) {
                        int end = word.offsetByCodePoints(offset, 1);
                        if (!current.isEmpty() && width(current + word.substring(offset, end), fontSize) > width) {
                            lines.add(current.toString());
                            current = new StringBuilder();
                        }
                        current.append(word, offset, end);
                        offset = end;
                    }
                }
                lines.add(current.toString());
            }
            return lines;
        }

        private float width(String text, float fontSize) {
            try {
                return font.getStringWidth(printable(text)) / 1000 * fontSize;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text with each character the font has no glyph for (e.g. Chinese or Japanese) shown as '?'. */
        private String printable(String text) {
            if (encodes(text)) {
                return text;
            }
            StringBuilder shown = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                shown.append(encodes(character) ? character : "?");
            });
            return shown.toString();
        }

        private boolean encodes(String text) {
            try {
                font.encode(text);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
