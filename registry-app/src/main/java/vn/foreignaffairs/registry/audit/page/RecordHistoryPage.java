package vn.foreignaffairs.registry.audit.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.audit.history.EventDescriptions;
import vn.foreignaffairs.registry.audit.history.RecordHistoryController;
import vn.foreignaffairs.registry.audit.history.RecordHistoryView;
import vn.foreignaffairs.registry.audit.ledger.AuditEventsController;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * A record's history for inspectors: every event in the page's language, and the record as it
 * stood at a chosen instant. The history is the history endpoint's answer, the past state the
 * record GET's answer with {@code asOf}, and the download the record export of the API.
 */
@PageController
public class RecordHistoryPage {

    /** When only a day is given, the record is shown as it stood at the end of that day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final RecordHistoryController history;
    private final AuditEventsController exports;
    private final PastRecords pastRecords;
    private final RecordTree tree;
    private final PageMessages messages;

    public RecordHistoryPage(RecordHistoryController history, AuditEventsController exports, PastRecords pastRecords,
                             RecordTree tree, PageMessages messages) {
        this.history = history;
        this.exports = exports;
        this.pastRecords = pastRecords;
        this.tree = tree;
        this.messages = messages;
    }

    /** One line of the timeline, as the page shows it. */
    public record Step(long version, String at, String actor, String role, String agency, String reason,
                       String requestId, String summary, String asOf) {
    }

    @GetMapping("/app/audit/records/{type}/{id}")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    String history(@PathVariable String type, @PathVariable String id,
                   @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String date,
                   @RequestParam(required = false) String time,
                   Model model, Locale locale) {
        RecordHistoryView view = history.history(type, id, EventDescriptions.languageOf(locale), null);
        model.addAttribute("type", type);
        model.addAttribute("typeLabel", messages.text("audit.type." + type, locale));
        model.addAttribute("id", view.id());
        model.addAttribute("version", view.version());
        model.addAttribute("steps", view.events().stream().map(entry -> step(entry, locale)).toList());
        model.addAttribute("pastStates", pastRecords.shows(type));

        FormErrors errors = FormErrors.none();
        Optional<Instant> instant = chosenInstant(asOf, date, time, errors, locale);
        model.addAttribute("errors", errors);
        model.addAttribute("date", date != null ? date : instant.map(ProvinceTime::date).map(LocalDate::toString).orElse(""));
        model.addAttribute("time", time != null ? time : instant.map(ProvinceTime::time).map(LocalTime::toString).orElse(""));
        instant.filter(at -> pastRecords.shows(type)).ifPresent(at -> {
            model.addAttribute("asOfShown", ProvinceTime.show(at));
            Optional<Object> then = pastRecords.at(type, id, new AsOf(at));
            then.ifPresent(record -> model.addAttribute("record", tree.of(record, locale)));
            if (then.isEmpty()) {
                boolean beforeCreation = at.isBefore(view.events().get(0).at());
                model.addAttribute("asOfMessage", messages.text(
                        beforeCreation ? "audit.asOf.notYet" : "audit.asOf.notShown", locale, ProvinceTime.show(at)));
            }
        });
        return "audit/record";
    }

    @GetMapping("/app/audit/records/{type}/{id}/export")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    void export(@PathVariable String type, @PathVariable String id, @RequestParam(defaultValue = "csv") String format,
                HttpServletResponse response) throws IOException {
        exports.exportRecord(type, id, format, response);
    }

    /** {@code asOf} (an instant, from a timeline link) wins; else the form's day and time in the province. */
    private Optional<Instant> chosenInstant(String asOf, String date, String time, FormErrors errors, Locale locale) {
        if (asOf != null && !asOf.isBlank()) {
            try {
                return Optional.of(AsOf.valueOf(asOf).instant());
            } catch (IllegalArgumentException notAnInstant) {
                errors.add("date", messages.text("audit.asOf.invalidDate", locale));
                return Optional.empty();
            }
        }
        if (date == null || date.isBlank()) {
            if (time != null && !time.isBlank()) {
                errors.add("date", messages.text("audit.asOf.dateRequired", locale));
            }
            return Optional.empty();
        }
        Optional<LocalDate> day = ProvinceTime.parseDate(date);
        Optional<LocalTime> clock = time == null || time.isBlank() ? Optional.of(END_OF_DAY) : ProvinceTime.parseTime(time);
        if (day.isEmpty()) {
            errors.add("date", messages.text("audit.asOf.invalidDate", locale));
        }
        if (clock.isEmpty()) {
            errors.add("time", messages.text("audit.asOf.invalidTime", locale));
        }
        return day.isPresent() && clock.isPresent() ? Optional.of(ProvinceTime.at(day.get(), clock.get())) : Optional.empty();
    }

    private Step step(RecordHistoryView.Entry entry, Locale locale) {
        String role = entry.role() == null ? null : messages.text("role." + entry.role(), locale);
        return new Step(entry.version(), ProvinceTime.show(entry.at()), entry.actor(), role, entry.agency(),
                entry.reason(), entry.requestId(), entry.summary(), entry.at().toString());
    }
}
