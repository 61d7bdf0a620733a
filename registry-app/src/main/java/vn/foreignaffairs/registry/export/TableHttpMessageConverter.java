package vn.foreignaffairs.registry.export;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes what a list or report endpoint answers as CSV, XLSX or PDF when that is what the client
 * asked for, so that every export goes through the endpoint's own query and access checks. Added
 * after the JSON converter: JSON stays the default. Generic, so that an endpoint answering a
 * {@code List<AnnualPlanView>} is told from one answering another list.
 */
public class TableHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

    private final RegisterTables tables;
    private final Map<ExportFormat, TableWriter> writers;

    public TableHttpMessageConverter(RegisterTables tables, List<TableWriter> writers) {
        super(Arrays.stream(ExportFormat.values()).map(ExportFormat::mediaType).toArray(MediaType[]::new));
        this.tables = tables;
        this.writers = writers.stream().collect(Collectors.toMap(TableWriter::format, Function.identity()));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return tables.supports(type);
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return tables.supports(type == null ? clazz : type) && canWrite(mediaType);
    }

    /**
     * Spring asks for the media types of the plain class after {@link #canWrite(Type, Class, MediaType)}
     * has accepted the generic type (a {@code List<AnnualPlanView>} is only an ArrayList here).
     */
    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return getSupportedMediaTypes();
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Exports are written, not read.", input);
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Exports are written, not read.", input);
    }

    @Override
    protected void writeInternal(Object value, Type type, HttpOutputMessage output) throws IOException {
        MediaType contentType = output.getHeaders().getContentType();
        ExportFormat format = contentType == null ? null : ExportFormat.of(contentType).orElse(null);
        if (format == null) {
            throw new HttpMessageNotWritableException("No export format for " + contentType);
        }
        Table table = tables.tableOf(value, type == null ? value.getClass() : type);
        output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(table.fileName() + "." + format.extension()).build().toString());
        writers.get(format).write(table, output.getBody());
    }

    @Override
    protected MediaType getDefaultContentType(Object value) {
        return ExportFormat.CSV.mediaType();
    }
}
