package vn.foreignaffairs.registry.api.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an international agreement (thỏa thuận quốc tế) in the registry. */
public record AgreementId(@JsonValue String value) {

    @JsonCreator
    public AgreementId {
        Objects.requireNonNull(value, "agreement id");
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
