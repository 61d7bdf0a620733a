package vn.foreignaffairs.registry.aid;

import static vn.foreignaffairs.registry.support.AidDetailsBuilder.anAid;
import static vn.foreignaffairs.registry.support.AidDetailsBuilder.usd;

import java.time.LocalDate;
import java.util.Map;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidApproved;
import vn.foreignaffairs.registry.api.aid.AidAppraised;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidImplementationStarted;
import vn.foreignaffairs.registry.api.aid.AidOpinionRecorded;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProposed;
import vn.foreignaffairs.registry.api.aid.AidReceiptRecorded;
import vn.foreignaffairs.registry.api.aid.Appraisal;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.Receipt;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.delegation.Opinion;

/** The past of one aid project, step by step, and the people who act on it, for fixture tests. */
final class AidHistory {

    static final AidProjectId ID = new AidProjectId("aid-1");
    static final AgencyCode UBND_NUITHANH = new AgencyCode("UBND-NUITHANH");
    static final AidDetails DETAILS = anAid().build();
    static final LocalDate FILE_COMPLETE = LocalDate.of(2026, 1, 10);
    static final LocalDate APPRAISAL_DUE = LocalDate.of(2026, 1, 30);
    static final LocalDate APPRAISED_ON = LocalDate.of(2026, 1, 28);
    static final AidDecision APPROVAL = new AidDecision("85/QĐ-UBND", LocalDate.of(2026, 2, 5), "Lê Văn Dũng");
    static final LocalDate START_DEADLINE = LocalDate.of(2026, 8, 5);
    static final LocalDate FIRST_RECEIPT = LocalDate.of(2026, 3, 2);
    static final AidAmount FIRST_TRANCHE = usd("40000.00", "25450", FIRST_RECEIPT);

    static final Map<String, Object> OFFICER_OF_NUITHANH = Map.of(AuditMetadata.ROLE, "OFFICER",
            AuditMetadata.AGENCY, "UBND-NUITHANH", AuditMetadata.ACTOR, "officer-nt");
    static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");
    static final Map<String, Object> REVIEWER =
            Map.of(AuditMetadata.ROLE, "REVIEWER", AuditMetadata.AGENCY, "SNGV", AuditMetadata.ACTOR, "reviewer");
    static final Map<String, Object> LEADER = Map.of(AuditMetadata.ROLE, "LEADERSHIP", AuditMetadata.ACTOR, "leader");

    private AidHistory() {
    }

    static AidProposed proposed() {
        return proposed(DETAILS);
    }

    static AidProposed proposed(AidDetails details) {
        return new AidProposed(ID, UBND_NUITHANH, details, FILE_COMPLETE, APPRAISAL_DUE);
    }

    static AidOpinionRecorded agreed(String agency) {
        return new AidOpinionRecorded(ID, agency, Opinion.AGREE, null);
    }

    static AidAppraised appraised(AppraisalConclusion conclusion) {
        return new AidAppraised(ID, new Appraisal(conclusion, "Phù hợp quy hoạch", APPRAISED_ON));
    }

    static AidApproved approved() {
        return new AidApproved(ID, APPROVAL, null, START_DEADLINE);
    }

    /** Proposed, consulted, appraised favourably and approved: 4 events. */
    static Object[] approvedAid() {
        return new Object[] {proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE), approved()};
    }

    /** Approved aid whose first tranche was received: 6 events. */
    static Object[] startedAid() {
        return new Object[] {proposed(), agreed("CA"), appraised(AppraisalConclusion.FAVOURABLE), approved(),
                new AidReceiptRecorded(ID, new Receipt(FIRST_RECEIPT, FIRST_TRANCHE, "PT-01")),
                new AidImplementationStarted(ID, FIRST_RECEIPT)};
    }
}
