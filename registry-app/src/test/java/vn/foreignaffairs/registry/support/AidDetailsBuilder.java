package vn.foreignaffairs.registry.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.DonorId;

/** A valid aid project (clean water for schools in two districts, in US dollars), changed one field at a time by tests. */
public final class AidDetailsBuilder {

    public static final DonorId DONOR = new DonorId("donor-1");

    private AidKind kind = AidKind.PROJECT;
    private String title = "Nước sạch cho trường học vùng cao";
    private String description = "Xây dựng hệ thống lọc nước cho 12 điểm trường";
    private DonorId donor = DONOR;
    private AidSector sector = AidSector.SMALL_RURAL_INFRASTRUCTURE;
    private List<String> districts = List.of("Núi Thành", "Phú Ninh");
    private AidAmount committed = usd("120000.00", "25400", LocalDate.of(2026, 1, 5));
    private LocalDate plannedStart = LocalDate.of(2026, 3, 1);
    private LocalDate plannedEnd = LocalDate.of(2027, 2, 28);

    public static AidDetailsBuilder anAid() {
        return new AidDetailsBuilder();
    }

    public static AidAmount usd(String amount, String vndRate, LocalDate rateDate) {
        return amount(amount, "USD", vndRate, rateDate);
    }

    public static AidAmount amount(String amount, String currency, String vndRate, LocalDate rateDate) {
        return new AidAmount(amount == null ? null : new BigDecimal(amount), currency,
                vndRate == null ? null : new BigDecimal(vndRate), rateDate);
    }

    public AidDetailsBuilder ofKind(AidKind kind) {
        this.kind = kind;
        return this;
    }

    public AidDetailsBuilder inSector(AidSector sector) {
        this.sector = sector;
        return this;
    }

    public AidDetailsBuilder inDistricts(String... districts) {
        this.districts = List.of(districts);
        return this;
    }

    public AidDetailsBuilder committing(AidAmount committed) {
        this.committed = committed;
        return this;
    }

    public AidDetailsBuilder running(LocalDate plannedStart, LocalDate plannedEnd) {
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        return this;
    }

    public AidDetails build() {
        return new AidDetails(kind, title, description, donor, sector, districts, committed, plannedStart, plannedEnd);
    }
}
