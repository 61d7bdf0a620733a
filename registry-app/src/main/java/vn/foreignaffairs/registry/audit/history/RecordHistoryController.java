package vn.foreignaffairs.registry.audit.history;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.api.common.AuditMetadata;

/** The history of one record, for inspectors, administrators and leadership. */
@RestController
@RequestMapping("/api/v1/audit/records")
public class RecordHistoryController {

    private final RecordEvents records;
    private final EventDescriptions descriptions;

    public RecordHistoryController(RecordEvents records, EventDescriptions descriptions) {
        this.records = records;
        this.descriptions = descriptions;
    }

    /** {@code lang} (vi or en) wins over {@code Accept-Language}; Vietnamese when neither asks for English. */
    @GetMapping("/{type}/{id}/history")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    public RecordHistoryView history(@PathVariable String type, @PathVariable String id,
                                     @RequestParam(required = false)
                                     @Pattern(regexp = "vi|en", message = "must be vi or en") String lang,
                                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                     String acceptLanguage) {
        List<? extends DomainEventMessage<?>> events = records.of(type, id);
        Locale language = lang != null ? Locale.forLanguageTag(lang) : fromHeader(acceptLanguage);
        List<RecordHistoryView.Entry> entries = events.stream().map(event -> entry(event, language)).toList();
        return new RecordHistoryView(type, events.get(0).getAggregateIdentifier(), events.size(),
                EventDescriptions.languageOf(language), entries);
    }

    private RecordHistoryView.Entry entry(DomainEventMessage<?> event, Locale language) {
        var description = new RecordHistoryView.Description(
                descriptions.describe(event, EventDescriptions.VIETNAMESE),
                descriptions.describe(event, EventDescriptions.ENGLISH));
        return new RecordHistoryView.Entry(event.getSequenceNumber(), event.getSequenceNumber() + 1,
                event.getTimestamp(), event.getPayloadType().getSimpleName(),
                metadata(event, AuditMetadata.ACTOR), metadata(event, AuditMetadata.ROLE),
                metadata(event, AuditMetadata.AGENCY), metadata(event, AuditMetadata.REASON),
                metadata(event, AuditMetadata.REQUEST_ID), metadata(event, AuditMetadata.CORRELATION_ID),
                description, "en".equals(EventDescriptions.languageOf(language)) ? description.en() : description.vi());
    }

    private static String metadata(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** The first of vi or en the header prefers; Vietnamese when it names neither. */
    private static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EventDescriptions.VIETNAMESE;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), EventDescriptions.LANGUAGES);
            return chosen == null ? EventDescriptions.VIETNAMESE : chosen;
        } catch (IllegalArgumentException malformed) {
            return EventDescriptions.VIETNAMESE;
        }
    }
}
