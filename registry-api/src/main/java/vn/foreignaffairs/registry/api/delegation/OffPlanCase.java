package vn.foreignaffairs.registry.api.delegation;

import java.util.List;

/**
 * What an off-plan delegation must bring (Quảng Nam 2025 §10): the visit proposal (Đề án chuyến
 * thăm: reason and necessity), the partner's invitation letter (thư mời), and the agencies
 * whose opinions are sought before the decision.
 */
public record OffPlanCase(String reason, String necessity, String invitationLetterReference,
                          List<String> consultedAgencies) {

    public OffPlanCase {
        consultedAgencies = consultedAgencies == null ? List.of() : List.copyOf(consultedAgencies);
    }
}
