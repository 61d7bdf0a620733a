package vn.foreignaffairs.registry.audit.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The two forms an audit export comes in. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8", "csv"),
    JSONL("jsonl", "application/x-ndjson;charset=UTF-8", "jsonl");

    private final String parameter;
    private final String contentType;
    private final String fileExtension;

    ExportFormat(String parameter, String contentType, String fileExtension) {
        this.parameter = parameter;
        this.contentType = contentType;
        this.fileExtension = fileExtension;
    }

    public static Optional<ExportFormat> of(String parameter) {
        return Arrays.stream(values()).filter(format -> format.parameter.equalsIgnoreCase(parameter)).findFirst();
    }

    public String contentType() {
        return contentType;
    }

    public String fileExtension() {
        return fileExtension;
    }
}
