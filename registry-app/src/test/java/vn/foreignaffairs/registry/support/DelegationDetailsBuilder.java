package vn.foreignaffairs.registry.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.foreignaffairs.registry.api.delegation.CostEstimate;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.Destination;
import vn.foreignaffairs.registry.api.delegation.Funding;
import vn.foreignaffairs.registry.api.delegation.FundingSource;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.OffPlanCase;
import vn.foreignaffairs.registry.api.delegation.PassportKind;
import vn.foreignaffairs.registry.api.delegation.ProgrammeDay;
import vn.foreignaffairs.registry.api.delegation.QuotaExemption;

/** A valid outbound delegation to Japan, changed one field at a time by tests. */
public final class DelegationDetailsBuilder {

    private String title = "Xúc tiến đầu tư tại Nhật Bản";
    private LocalDate departure = LocalDate.of(2027, 3, 10);
    private LocalDate returning = LocalDate.of(2027, 3, 15);
    private List<Destination> destinations = new ArrayList<>(List.of(new Destination("JP", "Osaka")));
    private List<Member> members = new ArrayList<>(List.of(
            new Member("Nguyễn Văn An", "Giám đốc Sở", "SKHDT", PassportKind.OFFICIAL, true)));
    private CostEstimate cost = new CostEstimate(300_000_000L,
            List.of(new Funding(FundingSource.AGENCY_BUDGET, 300_000_000L)));
    private List<ProgrammeDay> programme = new ArrayList<>(List.of(
            new ProgrammeDay(LocalDate.of(2027, 3, 11), "Osaka", "Làm việc với Izumisano về xúc tiến đầu tư")));
    private String plannedItemId = PLANNED_ITEM;
    private OffPlanCase offPlanCase;
    private QuotaExemption exemption = QuotaExemption.NONE;

    /** The outbound item of the approved plans the tests use. */
    public static final String PLANNED_ITEM = "R-TEST";

    public static DelegationDetailsBuilder aDelegation() {
        return new DelegationDetailsBuilder();
    }

    public DelegationDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public DelegationDetailsBuilder travelling(LocalDate departure, LocalDate returning) {
        this.departure = departure;
        this.returning = returning;
        return this;
    }

    public DelegationDetailsBuilder withoutDestinations() {
        this.destinations = new ArrayList<>();
        return this;
    }

    public DelegationDetailsBuilder withoutMembers() {
        this.members = new ArrayList<>();
        return this;
    }

    public DelegationDetailsBuilder withMembers(Member... members) {
        this.members = new ArrayList<>(List.of(members));
        return this;
    }

    public DelegationDetailsBuilder costing(long totalVnd, Funding... funding) {
        this.cost = new CostEstimate(totalVnd, List.of(funding));
        return this;
    }

    public DelegationDetailsBuilder withoutProgramme() {
        this.programme = new ArrayList<>();
        return this;
    }

    /** Off-plan, with a complete visit proposal, invitation letter and consulted agencies. */
    public DelegationDetailsBuilder offPlan(String... consultedAgencies) {
        this.plannedItemId = null;
        this.offPlanCase = new OffPlanCase("Đối tác mời đột xuất", "Ký kết biên bản ghi nhớ", "TM-2027/15",
                List.of(consultedAgencies));
        return this;
    }

    public DelegationDetailsBuilder offPlanCase(OffPlanCase offPlanCase) {
        this.plannedItemId = null;
        this.offPlanCase = offPlanCase;
        return this;
    }

    public DelegationDetailsBuilder exempt(QuotaExemption exemption) {
        this.exemption = exemption;
        return this;
    }

    public DelegationDetails build() {
        return new DelegationDetails(title, "Investment promotion", destinations, List.of("Izumisano City"),
                departure, returning, members, cost, programme, plannedItemId, offPlanCase, exemption);
    }
}
