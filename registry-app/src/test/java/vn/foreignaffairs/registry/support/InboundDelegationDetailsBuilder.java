package vn.foreignaffairs.registry.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.foreignaffairs.registry.api.inbound.ForeignParty;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDetails;
import vn.foreignaffairs.registry.api.inbound.InboundPurpose;
import vn.foreignaffairs.registry.api.inbound.ProgrammeDay;

/** A valid inbound delegation from KOTRA (Korea), ready to submit, changed one field at a time by tests. */
public final class InboundDelegationDetailsBuilder {

    private String title = "Đoàn KOTRA làm việc về xúc tiến đầu tư";
    private ForeignParty foreignParty = new ForeignParty("KR", "KOTRA", "Busan");
    private InboundPurpose purpose = InboundPurpose.INVESTMENT_AND_TRADE_PROMOTION;
    private LocalDate arrival = LocalDate.of(2027, 4, 10);
    private LocalDate departure = LocalDate.of(2027, 4, 12);
    private int size = 6;
    private List<ProgrammeDay> programme = new ArrayList<>(List.of(
            new ProgrammeDay(LocalDate.of(2027, 4, 10), "Làm việc với UBND tỉnh", "Trụ sở UBND tỉnh"),
            new ProgrammeDay(LocalDate.of(2027, 4, 11), "Khảo sát khu công nghiệp", "KCN Tam Thăng")));
    private String receptionPlan = "Sở Kế hoạch và Đầu tư chủ trì đón tiếp; xe đưa đón từ sân bay Chu Lai.";

    public static InboundDelegationDetailsBuilder anInboundDelegation() {
        return new InboundDelegationDetailsBuilder();
    }

    public InboundDelegationDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public InboundDelegationDetailsBuilder from(ForeignParty foreignParty) {
        this.foreignParty = foreignParty;
        return this;
    }

    public InboundDelegationDetailsBuilder forPurpose(InboundPurpose purpose) {
        this.purpose = purpose;
        return this;
    }

    /** Moves the visit; the programme is left as it was. */
    public InboundDelegationDetailsBuilder visiting(LocalDate arrival, LocalDate departure) {
        this.arrival = arrival;
        this.departure = departure;
        return this;
    }

    public InboundDelegationDetailsBuilder withGuests(int size) {
        this.size = size;
        return this;
    }

    public InboundDelegationDetailsBuilder withProgramme(ProgrammeDay... days) {
        this.programme = new ArrayList<>(List.of(days));
        return this;
    }

    public InboundDelegationDetailsBuilder withReceptionPlan(String receptionPlan) {
        this.receptionPlan = receptionPlan;
        return this;
    }

    public InboundDelegationDetails build() {
        return new InboundDelegationDetails(title, foreignParty, purpose, arrival, departure, size, programme,
                receptionPlan);
    }
}
