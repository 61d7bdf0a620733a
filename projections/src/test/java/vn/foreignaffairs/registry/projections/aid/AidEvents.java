package vn.foreignaffairs.registry.projections.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidApproved;
import vn.foreignaffairs.registry.api.aid.AidAppraised;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidDisbursementRecorded;
import vn.foreignaffairs.registry.api.aid.AidImplementationStarted;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidOpinionRecorded;
import vn.foreignaffairs.registry.api.aid.AidProjectEvent;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProposed;
import vn.foreignaffairs.registry.api.aid.AidReceiptRecorded;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.Appraisal;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.Disbursement;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.Receipt;
import vn.foreignaffairs.registry.api.delegation.Opinion;

/** Events of aid projects, built small, for the read-side tests. */
final class AidEvents {

    static final LocalDate FILE_COMPLETE = LocalDate.of(2026, 1, 10);

    private AidEvents() {
    }

    static AidAmount money(String amount, String currency, String vndRate, LocalDate rateDate) {
        return new AidAmount(new BigDecimal(amount), currency, new BigDecimal(vndRate), rateDate);
    }

    static AidDetails details(String donor, AidSector sector, AidAmount committed, String... districts) {
        return new AidDetails(AidKind.PROJECT, "Nước sạch", null, new DonorId(donor), sector, List.of(districts),
                committed, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28));
    }

    static AidProposed proposed(String id, AidDetails details) {
        return new AidProposed(new AidProjectId(id), new AgencyCode("UBND-NUITHANH"), details, FILE_COMPLETE,
                FILE_COMPLETE.plusDays(20));
    }

    static AidOpinionRecorded opinion(String id, String agency, Opinion opinion) {
        return new AidOpinionRecorded(new AidProjectId(id), agency, opinion, opinion == Opinion.DISAGREE ? "Không" : null);
    }

    static AidAppraised appraised(String id, LocalDate on) {
        return new AidAppraised(new AidProjectId(id), new Appraisal(AppraisalConclusion.FAVOURABLE, "Đạt", on));
    }

    static AidApproved approved(String id, LocalDate on) {
        return new AidApproved(new AidProjectId(id), new AidDecision("85/QĐ-UBND", on, "Lê Văn Dũng"), null,
                on.plusMonths(6));
    }

    static AidReceiptRecorded received(String id, LocalDate on, AidAmount amount) {
        return new AidReceiptRecorded(new AidProjectId(id), new Receipt(on, amount, "PT"));
    }

    static AidDisbursementRecorded disbursed(String id, LocalDate on, AidAmount amount) {
        return new AidDisbursementRecorded(new AidProjectId(id), new Disbursement(on, amount, "Trường TH", null));
    }

    static AidImplementationStarted started(String id, LocalDate on) {
        return new AidImplementationStarted(new AidProjectId(id), on);
    }

    /** Proposed, consulted, appraised and approved on {@code approvedOn}. */
    static List<AidProjectEvent> approvedAid(String id, AidDetails details, LocalDate approvedOn) {
        return List.of(proposed(id, details), opinion(id, "CA", Opinion.AGREE), appraised(id, approvedOn),
                approved(id, approvedOn));
    }
}
