package vn.foreignaffairs.registry.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** A form field's name is a path to one of the page's inputs, as the page forms name them; nothing else. */
class FormFieldNamesTest {

    private static InputRules rules() {
        return new InputRules(new InputLimits(DataSize.ofKilobytes(256), 20_000, 32));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "_csrf", "foreignParty.countryCode", "signatories[1].name", "members[0]",
            "costEstimate.funding[2].amountVnd", "decision-number"})
    void aPathToAnInputIsTaken(String name) {
        InputRules rules = rules();
        rules.checkParameterName(name);
        assertThat(rules.problem()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$where", "details.$gt", "a..b", ".a", "a.", "a[x]", "a[12345]", "a b", "a[0]b", "[0]", "é"})
    void anythingElseIsAnInvalidFieldName(String name) {
        InputRules rules = rules();
        rules.checkParameterName(name);
        assertThat(rules.problem()).isNotNull();
        assertThat(rules.problem().getProperties()).containsEntry("code", "INVALID_FIELD_NAME");
    }
}
