package vn.foreignaffairs.registry.export;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Exports by content negotiation: {@code ?format=csv|xlsx|pdf|json} or the Accept header picks
 * the representation of a report or a register list; JSON remains the default.
 */
@Configuration(proxyBeanMethods = false)
public class ExportConfiguration implements WebMvcConfigurer {

    private final RegisterTables tables;
    private final List<TableWriter> writers;

    public ExportConfiguration(RegisterTables tables, List<TableWriter> writers) {
        this.tables = tables;
        this.writers = writers;
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        // jsonl: the audit exports write their own answer, but an error on them still negotiates
        negotiation.favorParameter(true).parameterName("format")
                .mediaType("json", MediaType.APPLICATION_JSON)
                .mediaType("jsonl", MediaType.APPLICATION_NDJSON);
        for (ExportFormat format : ExportFormat.values()) {
            negotiation.mediaType(format.extension(), format.mediaType());
        }
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new TableHttpMessageConverter(tables, writers));
    }
}
