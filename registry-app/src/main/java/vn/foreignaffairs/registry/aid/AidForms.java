package vn.foreignaffairs.registry.aid;

import java.util.ArrayList;
import java.util.List;
import vn.foreignaffairs.registry.aid.AidRequests.AppraisalRequest;
import vn.foreignaffairs.registry.aid.AidRequests.CompletionReportRequest;
import vn.foreignaffairs.registry.aid.AidRequests.DisbursementRequest;
import vn.foreignaffairs.registry.aid.AidRequests.MonitoringVisitRequest;
import vn.foreignaffairs.registry.aid.AidRequests.ProposalRequest;
import vn.foreignaffairs.registry.aid.AidRequests.ReceiptRequest;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.delegation.Opinion;
import vn.foreignaffairs.registry.delegation.OpinionRequest;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.web.page.FormInput;
import vn.foreignaffairs.registry.web.page.PageForm;

/**
 * The aid pages' forms, one per request body of {@link AidProjectController} they fill, each
 * named after the API's step, and which of them a reader may use on aid: the receiving agency's
 * officers record the money and the completion, the Department of Foreign Affairs (reviewer)
 * records the consultations and appraises.
 */
final class AidForms {

    static final String PATH = "/app/aid";

    private AidForms() {
    }

    /** A proposal; the donor is typed by its id, with the registered donors offered. */
    static PageForm<ProposalRequest> proposal(List<DonorView> donors) {
        return PageForm.of("proposal", "aid.form", PATH + "/new", ProposalRequest.class, null,
                FormInput.choice("kind", "aid.field.kind", AidKind.values(), "aid.kind."),
                FormInput.text("title", "aid.field.title"),
                FormInput.textarea("description", "aid.field.description"),
                FormInput.suggested("donorId", "aid.field.donor", donors.stream()
                        .map(donor -> new FormInput.Choice(donor.id(), null, donor.name())).toList()),
                FormInput.choice("sector", "aid.field.sector", AidSector.values(), "aid.sector."),
                FormInput.lines("districts", "aid.field.districts"),
                FormInput.number("committed.amount", "aid.field.committedAmount"),
                FormInput.text("committed.currency", "aid.field.currency"),
                FormInput.number("committed.vndRate", "aid.field.vndRate"),
                FormInput.date("committed.rateDate", "aid.field.rateDate"),
                FormInput.date("plannedStartDate", "aid.field.plannedStartDate"),
                FormInput.date("plannedEndDate", "aid.field.plannedEndDate"),
                FormInput.date("fileCompletedOn", "aid.field.fileCompletedOn"));
    }

    /** The steps the reader may take on the aid now: a guide; the aggregate still decides. */
    static List<PageForm<?>> available(AidProjectView aid, Actor reader) {
        boolean own = reader.isOfficer() && reader.agency().equals(aid.receivingAgency());
        boolean reviewer = reader.role() == Role.REVIEWER;
        AidStatus status = aid.status();
        boolean running = status == AidStatus.APPROVED || status == AidStatus.IN_PROGRESS;
        List<PageForm<?>> steps = new ArrayList<>();
        if (reviewer && status == AidStatus.PROPOSED) {
            steps.add(opinion(aid));
            steps.add(appraisal(aid));
        }
        if (own && running) {
            steps.add(receipt(aid));
            steps.add(disbursement(aid));
        }
        if ((own || reviewer) && (running || status == AidStatus.COMPLETED)) {
            steps.add(monitoringVisit(aid));
        }
        if (own && status == AidStatus.IN_PROGRESS) {
            steps.add(completionReport(aid));
        }
        return steps;
    }

    static PageForm<OpinionRequest> opinion(AidProjectView aid) {
        return step(aid, "consultations", OpinionRequest.class,
                FormInput.text("agency", "records.field.consultedAgency"),
                FormInput.choice("opinion", "records.field.opinion", Opinion.values(), "records.opinion."),
                FormInput.textarea("note", "records.field.opinionNote"));
    }

    static PageForm<AppraisalRequest> appraisal(AidProjectView aid) {
        return step(aid, "appraise", AppraisalRequest.class,
                FormInput.choice("conclusion", "aid.field.conclusion", AppraisalConclusion.values(), "aid.conclusion."),
                FormInput.textarea("summary", "aid.field.appraisalSummary"),
                FormInput.date("appraisedOn", "aid.field.appraisedOn"));
    }

    static PageForm<ReceiptRequest> receipt(AidProjectView aid) {
        return step(aid, "receipts", ReceiptRequest.class, money("receivedOn",
                FormInput.text("reference", "aid.field.reference")));
    }

    static PageForm<DisbursementRequest> disbursement(AidProjectView aid) {
        return step(aid, "disbursements", DisbursementRequest.class, money("disbursedOn",
                FormInput.text("recipient", "aid.field.recipient"), FormInput.textarea("purpose", "aid.field.purpose")));
    }

    static PageForm<MonitoringVisitRequest> monitoringVisit(AidProjectView aid) {
        return step(aid, "monitoring-visits", MonitoringVisitRequest.class,
                FormInput.date("visitedOn", "aid.field.visitedOn"),
                FormInput.text("team", "aid.field.team"),
                FormInput.textarea("findings", "aid.field.findings"),
                FormInput.textarea("recommendations", "aid.field.recommendations"));
    }

    static PageForm<CompletionReportRequest> completionReport(AidProjectView aid) {
        return step(aid, "completion-report", CompletionReportRequest.class,
                FormInput.date("completedOn", "aid.field.completedOn"),
                FormInput.textarea("results", "aid.field.results"),
                FormInput.textarea("evaluation", "aid.field.evaluation"));
    }

    /** Money received or paid out: the day ({@code day}), the amount in its currency at its dong rate, and the rest. */
    private static FormInput[] money(String day, FormInput... rest) {
        List<FormInput> inputs = new ArrayList<>(List.of(FormInput.date(day, "aid.field." + day),
                FormInput.number("amount", "aid.field.amount"), FormInput.text("currency", "aid.field.currency"),
                FormInput.number("vndRate", "aid.field.vndRate"), FormInput.date("rateDate", "aid.field.rateDate")));
        inputs.addAll(List.of(rest));
        return inputs.toArray(FormInput[]::new);
    }

    private static <T> PageForm<T> step(AidProjectView aid, String name, Class<T> request, FormInput... inputs) {
        return PageForm.step("aid", PATH + "/" + aid.id(), aid.version(), name, request, inputs);
    }
}
