package vn.foreignaffairs.registry.export;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The formats every report and register list exports to, chosen by {@code ?format=} or Accept. */
public enum ExportFormat {
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    /** The three formats, for {@code @GetMapping(produces = ...)} of the endpoints that export a whole list. */
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF_TYPE = "application/pdf";

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> of(MediaType requested) {
        return Arrays.stream(values())
                .filter(format -> format.mediaType.getType().equals(requested.getType())
                        && format.mediaType.getSubtype().equals(requested.getSubtype()))
                .findFirst();
    }
}
