package vn.foreignaffairs.registry.api.report;

import java.util.List;

/**
 * Everything a compliance report shows (DOMAIN.md "Reports leadership checks"), for one agency
 * (with the agencies merged into it) or for the whole province. {@code nextYear} is there in the
 * annual report of a province whose calendar includes next year's outlook, else null.
 */
public record ComplianceFigures(
        DelegationFigures delegations,
        List<FreezeDecision> decisionsDuringFreezes,
        AgreementFigures agreements,
        ConferenceFigures conferences,
        AidFigures aid,
        NextYearOutlook nextYear) {

    public ComplianceFigures {
        decisionsDuringFreezes = decisionsDuringFreezes == null ? List.of() : List.copyOf(decisionsDuringFreezes);
    }
}
