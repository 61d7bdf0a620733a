package vn.foreignaffairs.registry.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table in one file format. */
public interface TableWriter {

    ExportFormat format();

    void write(Table table, OutputStream out) throws IOException;
}
