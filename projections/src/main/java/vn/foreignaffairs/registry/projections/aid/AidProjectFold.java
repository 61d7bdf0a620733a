package vn.foreignaffairs.registry.projections.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.foreignaffairs.registry.api.aid.AidAdjusted;
import vn.foreignaffairs.registry.api.aid.AidAdjustmentView;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidApproved;
import vn.foreignaffairs.registry.api.aid.AidAppraised;
import vn.foreignaffairs.registry.api.aid.AidCompletionReported;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidDisbursementRecorded;
import vn.foreignaffairs.registry.api.aid.AidImplementationStarted;
import vn.foreignaffairs.registry.api.aid.AidOpinion;
import vn.foreignaffairs.registry.api.aid.AidOpinionRecorded;
import vn.foreignaffairs.registry.api.aid.AidProjectEvent;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidProposed;
import vn.foreignaffairs.registry.api.aid.AidReceiptRecorded;
import vn.foreignaffairs.registry.api.aid.AidRefused;
import vn.foreignaffairs.registry.api.aid.AidRevocation;
import vn.foreignaffairs.registry.api.aid.AidRevoked;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTransactionType;
import vn.foreignaffairs.registry.api.aid.AidTransactionView;
import vn.foreignaffairs.registry.api.aid.Appraisal;
import vn.foreignaffairs.registry.api.aid.CompletionReport;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;
import vn.foreignaffairs.registry.api.aid.Disbursement;
import vn.foreignaffairs.registry.api.aid.MonitoringVisit;
import vn.foreignaffairs.registry.api.aid.MonitoringVisitRecorded;
import vn.foreignaffairs.registry.api.aid.Receipt;

/**
 * The read model of one aid, folded from its events: a pure function of the view before, the
 * event, and when and by whom it was recorded. Sums are kept per currency; dong totals add up the
 * dong amount of each transaction at its own recorded rate.
 */
final class AidProjectFold {

    private AidProjectFold() {
    }

    static AidProjectView apply(AidProjectView before, AidProjectEvent event, long version, Instant at, String actor) {
        if (event instanceof AidProposed proposed) {
            return proposed(proposed, version, at, actor);
        }
        if (before == null) {
            throw new IllegalStateException("Aid " + event.id() + " has no proposal before " + event);
        }
        State aid = new State(before);
        if (event instanceof AidOpinionRecorded recorded) {
            aid.opinions.removeIf(opinion -> opinion.agency().equals(recorded.agency()));
            aid.opinions.add(new AidOpinion(recorded.agency(), recorded.opinion(), recorded.note()));
        } else if (event instanceof AidAppraised appraised) {
            aid.status = AidStatus.APPRAISED;
            aid.appraisal = appraised.appraisal();
            aid.appraisedLate = appraised.appraisal().appraisedOn().isAfter(aid.appraisalDueDate);
        } else if (event instanceof AidApproved approved) {
            aid.status = AidStatus.APPROVED;
            aid.decision = approved.decision();
            aid.overrideReason = approved.overrideReason();
            aid.startDeadline = approved.startDeadline();
            aid.year = approved.decision().date().getYear();
        } else if (event instanceof AidRefused refused) {
            aid.status = AidStatus.REFUSED;
            aid.refusalReason = refused.reason();
        } else if (event instanceof AidReceiptRecorded recorded) {
            Receipt receipt = recorded.receipt();
            aid.transactions.add(transaction(AidTransactionType.RECEIPT, receipt.receivedOn(), receipt.amount(),
                    receipt.reference(), null, null));
        } else if (event instanceof AidDisbursementRecorded recorded) {
            Disbursement disbursement = recorded.disbursement();
            aid.transactions.add(transaction(AidTransactionType.DISBURSEMENT, disbursement.disbursedOn(),
                    disbursement.amount(), null, disbursement.recipient(), disbursement.purpose()));
        } else if (event instanceof AidImplementationStarted started) {
            aid.status = AidStatus.IN_PROGRESS;
            aid.startedOn = started.startedOn();
        } else if (event instanceof MonitoringVisitRecorded recorded) {
            aid.monitoringVisits.add(recorded.visit());
        } else if (event instanceof AidAdjusted adjusted) {
            adjust(aid, adjusted);
        } else if (event instanceof AidCompletionReported reported) {
            aid.status = AidStatus.COMPLETED;
            aid.completion = reported.report();
        } else if (event instanceof AidRevoked revoked) {
            aid.status = AidStatus.REVOKED;
            aid.revocation = new AidRevocation(revoked.decision(), revoked.reason());
        }
        aid.version = version;
        aid.updatedAt = at;
        return aid.view();
    }

    private static AidProjectView proposed(AidProposed proposed, long version, Instant at, String actor) {
        AidDetails details = proposed.details();
        return new AidProjectView(proposed.id().value(), proposed.receivingAgency().value(), AidStatus.PROPOSED,
                version, proposed.fileCompletedOn().getYear(), details, details.committed().inVnd(),
                proposed.fileCompletedOn(), proposed.appraisalDueDate(), List.of(), null, null, null, null, null,
                null, null, List.of(), List.of(), BigDecimal.ZERO, List.of(), BigDecimal.ZERO, List.of(), List.of(),
                null, null, actor, at, at);
    }

    private static void adjust(State aid, AidAdjusted adjusted) {
        AidDetails details = aid.details;
        aid.adjustments.add(new AidAdjustmentView(adjusted.decision(), adjusted.reason(),
                adjusted.committed() == null ? null : details.committed(), adjusted.committed(),
                adjusted.plannedEndDate() == null ? null : details.plannedEndDate(), adjusted.plannedEndDate(),
                adjusted.districts() == null ? null : details.districts(), adjusted.districts()));
        aid.details = new AidDetails(details.kind(), details.title(), details.description(), details.donor(),
                details.sector(), adjusted.districts() == null ? details.districts() : adjusted.districts(),
                adjusted.committed() == null ? details.committed() : adjusted.committed(), details.plannedStartDate(),
                adjusted.plannedEndDate() == null ? details.plannedEndDate() : adjusted.plannedEndDate());
    }

    private static AidTransactionView transaction(AidTransactionType type, LocalDate on, AidAmount amount,
                                                  String reference, String recipient, String purpose) {
        return new AidTransactionView(type, on, amount.amount(), amount.currency(), amount.vndRate(),
                amount.rateDate(), amount.inVnd(), reference, recipient, purpose);
    }

    /** Sums of one kind of transaction per currency, in the order of the currency codes. */
    static List<CurrencyAmount> byCurrency(List<AidTransactionView> transactions, AidTransactionType type) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        transactions.stream().filter(transaction -> transaction.type() == type)
                .forEach(transaction -> sums.merge(transaction.currency(), transaction.amount(), BigDecimal::add));
        return sums.entrySet().stream().map(sum -> new CurrencyAmount(sum.getKey(), sum.getValue())).toList();
    }

    static BigDecimal inVnd(List<AidTransactionView> transactions, AidTransactionType type) {
        return transactions.stream().filter(transaction -> transaction.type() == type)
                .map(AidTransactionView::vndAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The view being folded, field by field. */
    private static final class State {
        final String id;
        final String receivingAgency;
        AidStatus status;
        long version;
        int year;
        AidDetails details;
        final LocalDate fileCompletedOn;
        final LocalDate appraisalDueDate;
        final List<AidOpinion> opinions;
        Appraisal appraisal;
        Boolean appraisedLate;
        AidDecision decision;
        String overrideReason;
        LocalDate startDeadline;
        String refusalReason;
        LocalDate startedOn;
        final List<AidTransactionView> transactions;
        final List<MonitoringVisit> monitoringVisits;
        final List<AidAdjustmentView> adjustments;
        CompletionReport completion;
        AidRevocation revocation;
        final String createdBy;
        final Instant createdAt;
        Instant updatedAt;

        State(AidProjectView view) {
            id = view.id();
            receivingAgency = view.receivingAgency();
            status = view.status();
            version = view.version();
            year = view.year();
            details = view.details();
            fileCompletedOn = view.fileCompletedOn();
            appraisalDueDate = view.appraisalDueDate();
            opinions = new ArrayList<>(view.opinions());
            appraisal = view.appraisal();
            appraisedLate = view.appraisedLate();
            decision = view.decision();
            overrideReason = view.overrideReason();
            startDeadline = view.startDeadline();
            refusalReason = view.refusalReason();
            startedOn = view.startedOn();
            transactions = new ArrayList<>(view.transactions());
            monitoringVisits = new ArrayList<>(view.monitoringVisits());
            adjustments = new ArrayList<>(view.adjustments());
            completion = view.completion();
            revocation = view.revocation();
            createdBy = view.createdBy();
            createdAt = view.createdAt();
            updatedAt = view.updatedAt();
        }

        AidProjectView view() {
            return new AidProjectView(id, receivingAgency, status, version, year, details,
                    details.committed().inVnd(), fileCompletedOn, appraisalDueDate, List.copyOf(opinions), appraisal,
                    appraisedLate, decision, overrideReason, startDeadline, refusalReason, startedOn,
                    List.copyOf(transactions), byCurrency(transactions, AidTransactionType.RECEIPT),
                    inVnd(transactions, AidTransactionType.RECEIPT),
                    byCurrency(transactions, AidTransactionType.DISBURSEMENT),
                    inVnd(transactions, AidTransactionType.DISBURSEMENT), List.copyOf(monitoringVisits),
                    List.copyOf(adjustments), completion, revocation, createdBy, createdAt, updatedAt);
        }
    }
}
