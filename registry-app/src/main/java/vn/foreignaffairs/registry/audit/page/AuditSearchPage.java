package vn.foreignaffairs.registry.audit.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.audit.RecordTypes;
import vn.foreignaffairs.registry.audit.ledger.AuditEventPage;
import vn.foreignaffairs.registry.audit.ledger.AuditEventView;
import vn.foreignaffairs.registry.audit.ledger.AuditEventsController;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * The audit search for inspectors: the API's search, newest first, a page at a time, and its
 * CSV and JSON-lines exports streamed by the API's export through this page's own address (the
 * API takes HTTP Basic only, so a signed-in browser could not follow a link to it).
 */
@PageController
public class AuditSearchPage {

    static final int PAGE_SIZE = 50;

    private final AuditEventsController api;
    private final Validator validator;
    private final PageMessages messages;

    public AuditSearchPage(AuditEventsController api, Validator validator, PageMessages messages) {
        this.api = api;
        this.validator = validator;
        this.messages = messages;
    }

    /** One row of the results, as the page shows it. */
    public record Row(long position, String time, String recordType, String recordTypeLabel, String recordId,
                      Long version, String eventType, String actor, String role, String agency, String reason,
                      String requestId) {
    }

    @GetMapping("/app/audit/events")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    String search(@ModelAttribute("form") AuditSearchForm form, @RequestParam(defaultValue = "0") int page,
                  Model model, Locale locale) {
        FormErrors errors = FormErrors.none();
        model.addAttribute("recordTypes", RecordTypes.all().keySet().stream().collect(Collectors.toMap(
                type -> type, type -> messages.text("audit.type." + type, locale), (a, b) -> a,
                java.util.LinkedHashMap::new)));
        model.addAttribute("errors", errors);
        Optional<AuditSearchForm.Parameters> parameters = form.parameters(errors, messages, locale);
        if (parameters.isEmpty()) {
            return "audit/events";
        }
        FormErrors invalid = AuditSearchForm.check(validator, api, parameters.get(), messages, locale);
        if (invalid.any()) {
            model.addAttribute("errors", invalid);
            return "audit/events";
        }
        AuditSearchForm.Parameters p = parameters.get();
        int pageNumber = Math.max(0, Math.min(page, 100_000));
        try {
            AuditEventPage found = api.events(p.actor(), p.agency(), p.recordType(), p.eventType(), p.from(), p.to(),
                    pageNumber, PAGE_SIZE);
            model.addAttribute("rows", found.items().stream().map(item -> row(item, locale)).toList());
            model.addAttribute("total", found.total());
            model.addAttribute("page", pageNumber);
            model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
            model.addAttribute("previous", pageNumber > 0 ? link("/app/audit/events", form, pageNumber - 1) : null);
            model.addAttribute("next", (long) (pageNumber + 1) * PAGE_SIZE < found.total()
                    ? link("/app/audit/events", form, pageNumber + 1) : null);
            model.addAttribute("csv", exportLink(form, "csv"));
            model.addAttribute("jsonl", exportLink(form, "jsonl"));
        } catch (RuleViolation refused) {
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        }
        return "audit/events";
    }

    @GetMapping("/app/audit/events/export")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    void export(@ModelAttribute AuditSearchForm form, @RequestParam(defaultValue = "csv") String format,
                HttpServletResponse response, Locale locale) throws IOException {
        FormErrors errors = FormErrors.none();
        AuditSearchForm.Parameters p = form.parameters(errors, messages, locale)
                .filter(parameters -> !AuditSearchForm.check(validator, api, parameters, messages, locale).any())
                .orElseThrow(() -> new RuleViolation(RefusalCode.VALIDATION_FAILED,
                        messages.text("audit.search.invalidExport", locale)));
        api.exportEvents(format, p.actor(), p.agency(), p.recordType(), p.eventType(), p.from(), p.to(), response);
    }

    private Row row(AuditEventView item, Locale locale) {
        String role = item.role() == null ? null : messages.text("role." + item.role(), locale);
        String typeLabel = RecordTypes.aggregateType(item.recordType()).isPresent()
                ? messages.text("audit.type." + item.recordType(), locale) : item.recordType();
        return new Row(item.position(), ProvinceTime.show(item.time()), item.recordType(), typeLabel, item.recordId(),
                item.sequence() == null ? null : item.sequence() + 1, item.eventType(), item.actor(), role,
                item.agency(), item.reason(), item.requestId());
    }

    private static String exportLink(AuditSearchForm form, String format) {
        return builder("/app/audit/events/export", form).queryParam("format", format).build().encode().toUriString();
    }

    private static String link(String path, AuditSearchForm form, int page) {
        return builder(path, form).queryParam("page", page).build().encode().toUriString();
    }

    private static UriComponentsBuilder builder(String path, AuditSearchForm form) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("actor", form.actor());
        values.put("agency", form.agency());
        values.put("recordType", form.recordType());
        values.put("eventType", form.eventType());
        values.put("from", form.from());
        values.put("to", form.to());
        values.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder;
    }
}
