package vn.foreignaffairs.registry.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.conference.ConferenceDetails;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.ConsultedAgency;
import vn.foreignaffairs.registry.api.conference.Opinion;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.web.page.FormInput;
import vn.foreignaffairs.registry.web.page.PageForm;

/**
 * The conference pages' forms, one per request body of {@link ConferenceController} they fill,
 * each named after the API's step, and which of them a reader may use on a conference.
 */
final class ConferenceForms {

    static final String PATH = "/app/conferences";

    private ConferenceForms() {
    }

    /** The application's details, to create a draft. */
    static PageForm<ConferenceRequest> creation() {
        return details(PATH + "/new", null);
    }

    /** The draft's details as recorded, to revise them; {@code version} is the one the writer saw. */
    static PageForm<ConferenceRequest> revision(ConferenceView conference, long version) {
        return details(PATH + "/" + conference.id() + "/edit", version).showing(valuesOf(conference.details()));
    }

    private static PageForm<ConferenceRequest> details(String action, Long version) {
        return PageForm.of("conference", "conference.form", action, ConferenceRequest.class, version,
                FormInput.text("title", "conference.field.title"),
                FormInput.textarea("content", "conference.field.content"),
                FormInput.date("startDate", "conference.field.startDate"),
                FormInput.date("endDate", "conference.field.endDate"),
                FormInput.text("venue", "conference.field.venue"),
                FormInput.number("participants", "conference.field.participants"),
                FormInput.number("foreignParticipants", "conference.field.foreignParticipants"),
                FormInput.codes("foreignCountries", "conference.field.foreignCountries"),
                FormInput.yesNo("foreignFunded", "conference.field.foreignFunded"),
                FormInput.text("foreignSponsor", "conference.field.foreignSponsor"),
                FormInput.yesNo("primeMinisterPermit", "conference.field.primeMinisterPermit"));
    }

    private static Map<String, String> valuesOf(ConferenceDetails details) {
        Map<String, String> values = new HashMap<>();
        values.put("title", details.title());
        values.put("content", details.content());
        values.put("startDate", text(details.startDate()));
        values.put("endDate", text(details.endDate()));
        values.put("venue", details.venue());
        values.put("participants", String.valueOf(details.participants()));
        values.put("foreignParticipants", String.valueOf(details.foreignParticipants()));
        values.put("foreignCountries", String.join(", ", details.foreignCountries()));
        values.put("foreignFunded", String.valueOf(details.foreignFunded()));
        values.put("foreignSponsor", details.foreignSponsor());
        values.put("primeMinisterPermit", String.valueOf(details.primeMinisterPermit()));
        return values;
    }

    /** The steps the reader may take on the conference now: a guide; the aggregate still decides. */
    static List<PageForm<?>> available(ConferenceView conference, Actor reader) {
        boolean own = reader.isOfficer() && reader.agency().equals(conference.organiser());
        boolean reviewer = reader.role() == Role.REVIEWER;
        ConferenceStatus status = conference.status();
        List<PageForm<?>> steps = new ArrayList<>();
        if (own && status == ConferenceStatus.DRAFT) {
            steps.add(application(conference));
        }
        if (reviewer && status == ConferenceStatus.UNDER_CONSULTATION) {
            steps.add(opinion(conference));
        }
        if (own && status == ConferenceStatus.PERMITTED) {
            steps.add(held(conference));
        }
        if (own && status == ConferenceStatus.HELD) {
            steps.add(report(conference));
        }
        boolean mayCancel = own || reviewer || reader.role() == Role.LEADERSHIP;
        if (mayCancel && (status == ConferenceStatus.DRAFT || status == ConferenceStatus.UNDER_CONSULTATION
                || status == ConferenceStatus.PERMITTED)) {
            steps.add(cancellation(conference));
        }
        return steps;
    }

    static PageForm<ApplicationRequest> application(ConferenceView conference) {
        return step(conference, "submit", ApplicationRequest.class,
                FormInput.codes("consultedAgencies", "conference.field.consultedAgencies"));
    }

    static PageForm<ConferenceOpinionRequest> opinion(ConferenceView conference) {
        return step(conference, "consultations", ConferenceOpinionRequest.class,
                FormInput.choice("agency", "records.field.consultedAgency",
                        conference.consultations().stream().map(ConsultedAgency::agency).toList()),
                FormInput.choice("opinion", "records.field.opinion", Opinion.values(), "records.opinion."),
                FormInput.textarea("note", "records.field.opinionNote"));
    }

    static PageForm<HeldRequest> held(ConferenceView conference) {
        return step(conference, "held", HeldRequest.class,
                FormInput.date("startDate", "conference.field.actualStartDate"),
                FormInput.date("endDate", "conference.field.actualEndDate"),
                FormInput.number("participants", "conference.field.actualParticipants"),
                FormInput.number("foreignParticipants", "conference.field.actualForeignParticipants"));
    }

    static PageForm<ConferenceReportRequest> report(ConferenceView conference) {
        return step(conference, "report", ConferenceReportRequest.class,
                FormInput.textarea("results", "conference.field.results"));
    }

    static PageForm<ReasonRequest> cancellation(ConferenceView conference) {
        return step(conference, "cancel", ReasonRequest.class, FormInput.textarea("reason", "records.field.reason"));
    }

    private static <T> PageForm<T> step(ConferenceView conference, String name, Class<T> request,
                                        FormInput... inputs) {
        return PageForm.step("conference", PATH + "/" + conference.id(), conference.version(), name, request, inputs);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
