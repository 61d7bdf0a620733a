package vn.foreignaffairs.registry.agreement;

import java.util.ArrayList;
import java.util.List;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ConsultationRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.EntryIntoForceRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ImplementationReportRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.OpinionRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.ProposalRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.SigningReportRequest;
import vn.foreignaffairs.registry.agreement.AgreementRequests.SigningRequest;
import vn.foreignaffairs.registry.api.agreement.AgreementConsultation;
import vn.foreignaffairs.registry.api.agreement.AgreementKind;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.Opinion;
import vn.foreignaffairs.registry.api.agreement.SignatorySide;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.web.page.FormInput;
import vn.foreignaffairs.registry.web.page.PageForm;

/**
 * The agreement pages' forms, one per request body of {@link AgreementController} they fill, each
 * named after the API's step ({@code sign} posts to {@code /app/agreements/{id}/sign}, which calls
 * {@code POST /api/v1/agreements/{id}/sign}), and which of them a reader may use on an agreement.
 */
final class AgreementForms {

    static final String PATH = "/app/agreements";

    private AgreementForms() {
    }

    static PageForm<ProposalRequest> proposal() {
        return PageForm.of("proposal", "agreement.form", PATH + "/new", ProposalRequest.class, null,
                FormInput.text("title", "agreement.field.title"),
                FormInput.choice("kind", "agreement.field.kind", AgreementKind.values(), "agreement.kind."),
                FormInput.text("foreignParty.countryCode", "agreement.field.country"),
                FormInput.text("foreignParty.organisation", "agreement.field.organisation"),
                FormInput.text("foreignParty.locality", "agreement.field.locality"),
                FormInput.lines("fieldsOfCooperation", "agreement.field.fieldsOfCooperation"),
                FormInput.number("term.years", "agreement.field.termYears"),
                FormInput.number("term.months", "agreement.field.termMonths"));
    }

    /** The steps the reader may take on the agreement now: a guide; the aggregate still decides. */
    static List<PageForm<?>> available(AgreementView agreement, Actor reader) {
        boolean own = reader.isOfficer() && reader.agency().equals(agreement.signingBody());
        boolean reviewer = reader.role() == Role.REVIEWER;
        AgreementStatus status = agreement.status();
        List<PageForm<?>> steps = new ArrayList<>();
        if ((own || reviewer) && (status == AgreementStatus.PROPOSED || status == AgreementStatus.UNDER_CONSULTATION)) {
            steps.add(consultationRequest(agreement));
        }
        if (reviewer && status == AgreementStatus.UNDER_CONSULTATION) {
            steps.add(opinion(agreement));
        }
        if (own && status == AgreementStatus.APPROVED) {
            steps.add(signing(agreement));
        }
        if (own && status == AgreementStatus.SIGNED) {
            steps.add(entryIntoForce(agreement));
        }
        if (own && agreement.signing() != null && agreement.signingReport() == null) {
            steps.add(signingReport(agreement));
        }
        if (own && (status == AgreementStatus.IN_FORCE || status == AgreementStatus.SUSPENDED)) {
            steps.add(implementationReport(agreement));
        }
        return steps;
    }

    static PageForm<ConsultationRequest> consultationRequest(AgreementView agreement) {
        return step(agreement, "consultation-requests", ConsultationRequest.class,
                FormInput.codes("agencies", "agreement.field.agencies"),
                FormInput.date("requestedOn", "agreement.field.requestedOn"));
    }

    static PageForm<OpinionRequest> opinion(AgreementView agreement) {
        return step(agreement, "consultations", OpinionRequest.class,
                FormInput.choice("agency", "records.field.consultedAgency",
                        agreement.consultations().stream().map(AgreementConsultation::agency).toList()),
                FormInput.choice("opinion", "records.field.opinion", Opinion.values(), "records.opinion."),
                FormInput.textarea("note", "records.field.opinionNote"),
                FormInput.date("answeredOn", "agreement.field.answeredOn"));
    }

    static PageForm<SigningRequest> signing(AgreementView agreement) {
        return step(agreement, "sign", SigningRequest.class,
                FormInput.date("signedOn", "agreement.field.signedOn"),
                FormInput.text("place", "agreement.field.place"),
                FormInput.hidden("signatories[0].side", SignatorySide.VIETNAMESE.name()),
                FormInput.text("signatories[0].name", "agreement.field.vietnameseSignatory"),
                FormInput.text("signatories[0].position", "agreement.field.vietnamesePosition"),
                FormInput.hidden("signatories[1].side", SignatorySide.FOREIGN.name()),
                FormInput.text("signatories[1].name", "agreement.field.foreignSignatory"),
                FormInput.text("signatories[1].position", "agreement.field.foreignPosition"));
    }

    static PageForm<SigningReportRequest> signingReport(AgreementView agreement) {
        return step(agreement, "report-to-government", SigningReportRequest.class,
                FormInput.text("documentNumber", "agreement.field.documentNumber"),
                FormInput.date("sentOn", "agreement.field.sentOn"));
    }

    static PageForm<EntryIntoForceRequest> entryIntoForce(AgreementView agreement) {
        return step(agreement, "enter-into-force", EntryIntoForceRequest.class,
                FormInput.date("inForceFrom", "agreement.field.inForceFrom"));
    }

    static PageForm<ImplementationReportRequest> implementationReport(AgreementView agreement) {
        return step(agreement, "implementation-reports", ImplementationReportRequest.class,
                FormInput.text("period", "agreement.field.period"),
                FormInput.date("reportedOn", "agreement.field.reportedOn"),
                FormInput.textarea("summary", "agreement.field.summary"));
    }

    private static <T> PageForm<T> step(AgreementView agreement, String name, Class<T> request, FormInput... inputs) {
        return PageForm.step("agreement", PATH + "/" + agreement.id(), agreement.version(), name, request, inputs);
    }
}
