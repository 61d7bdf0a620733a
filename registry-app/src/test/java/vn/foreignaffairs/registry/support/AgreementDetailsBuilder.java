package vn.foreignaffairs.registry.support;

import java.util.Arrays;
import java.util.List;
import vn.foreignaffairs.registry.api.agreement.AgreementDetails;
import vn.foreignaffairs.registry.api.agreement.AgreementKind;
import vn.foreignaffairs.registry.api.agreement.AgreementTerm;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;

/** A valid friendship agreement with Izumisano (Osaka, Japan) for five years, changed one field at a time by tests. */
public final class AgreementDetailsBuilder {

    private String title = "Thỏa thuận hữu nghị và hợp tác với thành phố Izumisano";
    private AgreementKind kind = AgreementKind.FRIENDSHIP_AGREEMENT;
    private ForeignParty foreignParty = new ForeignParty("JP", "Thành phố Izumisano", "Osaka");
    private List<String> fieldsOfCooperation = List.of("Du lịch", "Giáo dục", "Giao lưu nhân dân");
    private AgreementTerm term = new AgreementTerm(5, 0);

    public static AgreementDetailsBuilder anAgreement() {
        return new AgreementDetailsBuilder();
    }

    public AgreementDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public AgreementDetailsBuilder ofKind(AgreementKind kind) {
        this.kind = kind;
        return this;
    }

    public AgreementDetailsBuilder with(ForeignParty foreignParty) {
        this.foreignParty = foreignParty;
        return this;
    }

    public AgreementDetailsBuilder inFields(String... fields) {
        this.fieldsOfCooperation = Arrays.asList(fields);
        return this;
    }

    public AgreementDetailsBuilder forTerm(AgreementTerm term) {
        this.term = term;
        return this;
    }

    public AgreementDetailsBuilder withoutTerm() {
        return forTerm(null);
    }

    public AgreementDetails build() {
        return new AgreementDetails(title, kind, foreignParty, fieldsOfCooperation, term);
    }
}
