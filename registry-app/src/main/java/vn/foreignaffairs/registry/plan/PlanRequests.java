package vn.foreignaffairs.registry.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.PlannedItem;

/** The JSON bodies of the annual-plan endpoints. */
public final class PlanRequests {

    private PlanRequests() {
    }

    record ItemRequest(
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") String itemId,
            @NotNull Direction direction,
            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code") String countryCode,
            @Size(max = 300) String foreignParty,
            @NotBlank @Size(max = 2000) String purpose,
            @Min(1) @Max(4) Integer plannedQuarter,
            @Min(1) @Max(12) Integer plannedMonth,
            @Min(1) @Max(1000) int size,
            @PositiveOrZero long estimatedCostVnd) {

        /** Items the client did not name get a short id of their own, stable from then on. */
        PlannedItem toItem() {
            String id = itemId == null || itemId.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : itemId;
            return new PlannedItem(id, direction, countryCode, foreignParty, purpose.strip(), plannedQuarter,
                    plannedMonth, size, estimatedCostVnd);
        }
    }

    record DraftRequest(@NotNull @Valid @Size(max = 500) List<ItemRequest> items) {
        List<PlannedItem> toItems() {
            return items.stream().map(ItemRequest::toItem).toList();
        }
    }

    record AmendmentRequest(@Valid @Size(max = 500) List<ItemRequest> addedItems,
                            @Size(max = 500) List<@NotBlank String> withdrawnItemIds,
                            @NotBlank @Size(max = 2000) String reason) {
        List<PlannedItem> toAddedItems() {
            return addedItems == null ? List.of() : addedItems.stream().map(ItemRequest::toItem).toList();
        }
    }

    public record DecisionRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
                           @Size(max = 200) String signer) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
