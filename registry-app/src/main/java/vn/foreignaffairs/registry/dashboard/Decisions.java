package vn.foreignaffairs.registry.dashboard;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agreement.AgreementController;
import vn.foreignaffairs.registry.agreement.AgreementRequests;
import vn.foreignaffairs.registry.aid.AidProjectController;
import vn.foreignaffairs.registry.aid.AidRequests;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.conference.ConferenceController;
import vn.foreignaffairs.registry.conference.PermitRequest;
import vn.foreignaffairs.registry.delegation.ReasonRequest;
import vn.foreignaffairs.registry.dashboard.DecisionRecord.Field;
import vn.foreignaffairs.registry.inbound.ApprovalRequest;
import vn.foreignaffairs.registry.inbound.InboundDelegationController;
import vn.foreignaffairs.registry.plan.PlanController;
import vn.foreignaffairs.registry.plan.PlanRequests;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * Reads a waiting record and approves or refuses it through its register's API controller, with
 * the API's own request bodies, validated as the API validates them (the page calls the methods
 * directly, so {@code @Valid} does not run). Refusals of the rules come back as
 * {@code RuleViolation}s for the page to show in place.
 */
@Component
public class Decisions {

    private static final List<String> REVIEWER_OR_LEADER = List.of("REVIEWER", "LEADERSHIP");
    private static final List<String> LEADER = List.of("LEADERSHIP");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InboundDelegationController inbound;
    private final PlanController plans;
    private final AgreementController agreements;
    private final ConferenceController conferences;
    private final AidProjectController aid;
    private final Validator validator;

    public Decisions(InboundDelegationController inbound, PlanController plans, AgreementController agreements,
                     ConferenceController conferences, AidProjectController aid, Validator validator) {
        this.inbound = inbound;
        this.plans = plans;
        this.agreements = agreements;
        this.conferences = conferences;
        this.aid = aid;
        this.validator = validator;
    }

    public DecisionRecord find(String type, String id) {
        return switch (type) {
            case DecisionType.INBOUND -> inbound(inbound.get(id, null).getBody());
            case DecisionType.PLAN -> plan(planOf(id));
            case DecisionType.PLAN_AMENDMENT -> amendment(planOf(id), id);
            case DecisionType.AGREEMENT -> agreement(agreements.get(id, null).getBody());
            case DecisionType.CONFERENCE -> conference(conferences.get(id, null).getBody());
            case DecisionType.AID -> aid(aid.get(id, null).getBody());
            default -> throw new RecordNotFound();
        };
    }

    /** Approves the record, or answers what is wrong with the form (nothing is sent then). */
    public Set<ConstraintViolation<Object>> approve(String type, String id, DecisionForm form) {
        String override = DecisionForm.blankToNull(form.overrideReason());
        String number = form.decisionNumber();
        Object request = switch (type) {
            case DecisionType.INBOUND -> new ApprovalRequest(number, form.decisionDate(), null);
            case DecisionType.PLAN, DecisionType.PLAN_AMENDMENT ->
                    new PlanRequests.DecisionRequest(number, form.decisionDate(), null);
            case DecisionType.AGREEMENT -> new AgreementRequests.ApprovalRequest(number, form.decisionDate(), null,
                    override);
            case DecisionType.CONFERENCE -> new PermitRequest(number, form.decisionDate(), null, override);
            case DecisionType.AID -> new AidRequests.DecisionRequest(number, form.decisionDate(), null, override);
            default -> throw new RecordNotFound();
        };
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return violations;
        }
        String ifMatch = form.ifMatch();
        switch (type) {
            case DecisionType.INBOUND -> inbound.approve(id, (ApprovalRequest) request, ifMatch);
            case DecisionType.PLAN -> {
                PlanKey plan = PlanKey.of(id);
                plans.approve(plan.agency(), plan.year(), (PlanRequests.DecisionRequest) request, ifMatch);
            }
            case DecisionType.PLAN_AMENDMENT -> {
                PlanKey plan = PlanKey.of(id);
                plans.approveAmendment(plan.agency(), plan.year(), plan.amendment(),
                        (PlanRequests.DecisionRequest) request, ifMatch);
            }
            case DecisionType.AGREEMENT -> agreements.approve(id, (AgreementRequests.ApprovalRequest) request, ifMatch);
            case DecisionType.CONFERENCE -> conferences.permit(id, (PermitRequest) request, ifMatch);
            default -> aid.approve(id, (AidRequests.DecisionRequest) request, ifMatch);
        }
        return Set.of();
    }

    /** Refuses the record (or returns an annual plan for revision) with the reason given. */
    public Set<ConstraintViolation<Object>> reject(String type, String id, DecisionForm form) {
        find(type, id);
        Object request = type.startsWith("annual-plan") || type.equals(DecisionType.PLAN_AMENDMENT)
                ? new PlanRequests.ReasonRequest(form.reason()) : new ReasonRequest(form.reason());
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return violations;
        }
        String ifMatch = form.ifMatch();
        switch (type) {
            case DecisionType.INBOUND -> inbound.reject(id, (ReasonRequest) request, ifMatch);
            case DecisionType.PLAN -> {
                PlanKey plan = PlanKey.of(id);
                plans.returnForRevision(plan.agency(), plan.year(), (PlanRequests.ReasonRequest) request, ifMatch);
            }
            case DecisionType.PLAN_AMENDMENT -> {
                PlanKey plan = PlanKey.of(id);
                plans.rejectAmendment(plan.agency(), plan.year(), plan.amendment(),
                        (PlanRequests.ReasonRequest) request, ifMatch);
            }
            case DecisionType.AGREEMENT -> agreements.refuse(id, (ReasonRequest) request, ifMatch);
            case DecisionType.CONFERENCE -> conferences.refuse(id, (ReasonRequest) request, ifMatch);
            default -> aid.refuse(id, (ReasonRequest) request, ifMatch);
        }
        return Set.of();
    }

    private AnnualPlanView planOf(String id) {
        PlanKey key = PlanKey.of(id);
        return plans.get(key.agency(), key.year(), null).getBody();
    }

    private static DecisionRecord inbound(InboundDelegationView view) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("lead.field.foreignParty", party(view.details().foreignParty().countryCode(),
                view.details().foreignParty().organisation(), view.details().foreignParty().locality())));
        fields.add(new Field("lead.field.purpose", String.valueOf(view.details().purpose())));
        fields.add(new Field("lead.field.dates", day(view.details().arrivalDate()) + " – "
                + day(view.details().departureDate())));
        fields.add(new Field("lead.field.size", String.valueOf(view.details().size())));
        fields.add(new Field("lead.field.receptionPlan", view.details().receptionPlan()));
        return new DecisionRecord(DecisionType.INBOUND, view.id(), view.hostAgency(), view.details().title(),
                view.status().name(), view.version(), fields, view.status() == InboundDelegationStatus.SUBMITTED,
                REVIEWER_OR_LEADER, false);
    }

    private static DecisionRecord plan(AnnualPlanView plan) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("lead.field.year", String.valueOf(plan.year())));
        fields.add(new Field("lead.field.items", String.valueOf(plan.items().size())));
        plan.items().forEach(item -> fields.add(new Field("lead.field.item", item.direction() + " · "
                + item.countryCode() + " · " + item.purpose() + " · " + item.size())));
        return new DecisionRecord(DecisionType.PLAN, plan.agency() + ":" + plan.year(), plan.agency(),
                String.valueOf(plan.year()), plan.status().name(), plan.version(), fields,
                plan.status() == PlanStatus.SUBMITTED, REVIEWER_OR_LEADER, false);
    }

    private static DecisionRecord amendment(AnnualPlanView plan, String id) {
        String amendmentId = PlanKey.of(id).amendment();
        if (amendmentId == null) {
            throw new RecordNotFound();
        }
        AnnualPlanView.AmendmentView amendment = plan.amendments().stream()
                .filter(candidate -> candidate.amendmentId().equals(amendmentId)).findFirst()
                .orElseThrow(RecordNotFound::new);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("lead.field.year", String.valueOf(plan.year())));
        fields.add(new Field("lead.field.amendmentReason", amendment.reason()));
        amendment.addedItems().forEach(item -> fields.add(new Field("lead.field.addedItem", item.direction() + " · "
                + item.countryCode() + " · " + item.purpose() + " · " + item.size())));
        fields.add(new Field("lead.field.withdrawnItems", String.join(", ", amendment.withdrawnItemIds())));
        return new DecisionRecord(DecisionType.PLAN_AMENDMENT, id, plan.agency(), plan.year() + " – "
                + amendment.reason(), amendment.status(), plan.version(), fields,
                "PROPOSED".equals(amendment.status()), REVIEWER_OR_LEADER, false);
    }

    private static DecisionRecord agreement(AgreementView view) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("lead.field.kind", String.valueOf(view.details().kind())));
        fields.add(new Field("lead.field.foreignParty", party(view.details().foreignParty().countryCode(),
                view.details().foreignParty().organisation(), view.details().foreignParty().locality())));
        fields.add(new Field("lead.field.fields", String.join(", ", view.details().fieldsOfCooperation())));
        fields.add(new Field("lead.field.consultations", view.consultations().stream()
                .map(consulted -> consulted.agency() + ": " + (consulted.opinion() == null ? "…"
                        : consulted.opinion() + (consulted.note() == null ? "" : " (" + consulted.note() + ")")))
                .collect(Collectors.joining("; "))));
        boolean pending = view.status() == AgreementStatus.PROPOSED
                || view.status() == AgreementStatus.UNDER_CONSULTATION;
        return new DecisionRecord(DecisionType.AGREEMENT, view.id(), view.signingBody(), view.details().title(),
                view.status().name(), view.version(), fields, pending, LEADER, true);
    }

    private static DecisionRecord conference(ConferenceView view) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("lead.field.dates", day(view.details().startDate()) + " – "
                + day(view.details().endDate())));
        fields.add(new Field("lead.field.venue", view.details().venue()));
        fields.add(new Field("lead.field.participants", view.details().participants() + " / "
                + view.details().foreignParticipants()));
        fields.add(new Field("lead.field.submittedOn", day(view.submittedOn())
                + (Boolean.TRUE.equals(view.lateApplication()) ? " (!)" : "")));
        fields.add(new Field("lead.field.consultations", view.consultations().stream()
                .map(consulted -> consulted.agency() + ": " + (consulted.opinion() == null ? "…"
                        : consulted.opinion() + (consulted.note() == null ? "" : " (" + consulted.note() + ")")))
                .collect(Collectors.joining("; "))));
        return new DecisionRecord(DecisionType.CONFERENCE, view.id(), view.organiser(), view.details().title(),
                view.status().name(), view.version(), fields, view.status() == ConferenceStatus.UNDER_CONSULTATION,
                LEADER, true);
    }

    private static DecisionRecord aid(AidProjectView view) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("lead.field.kind", String.valueOf(view.details().kind())));
        fields.add(new Field("lead.field.sector", String.valueOf(view.details().sector())));
        fields.add(new Field("lead.field.districts", String.join(", ", view.details().districts())));
        fields.add(new Field("lead.field.committed", view.details().committed().amount().toPlainString() + " "
                + view.details().committed().currency() + " ≈ " + view.committedVnd().toPlainString() + " VND"));
        fields.add(new Field("lead.field.appraisal", view.appraisal() == null ? "…"
                : view.appraisal().conclusion() + ": " + view.appraisal().summary()));
        boolean pending = view.status() == AidStatus.PROPOSED || view.status() == AidStatus.APPRAISED;
        return new DecisionRecord(DecisionType.AID, view.id(), view.receivingAgency(), view.details().title(),
                view.status().name(), view.version(), fields, pending, LEADER, true);
    }

    private static String party(String country, String organisation, String locality) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {organisation, locality, country}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** {@code AGENCY:YEAR} or {@code AGENCY:YEAR:AMENDMENT}; anything else names no plan. */
    record PlanKey(String agency, int year, String amendment) {
        static PlanKey of(String id) {
            String[] parts = id.split(":");
            if (parts.length < 2 || parts.length > 3 || !parts[1].matches("\\d{4}")) {
                throw new RecordNotFound();
            }
            return new PlanKey(parts[0], Integer.parseInt(parts[1]), parts.length == 3 ? parts[2] : null);
        }
    }
}
