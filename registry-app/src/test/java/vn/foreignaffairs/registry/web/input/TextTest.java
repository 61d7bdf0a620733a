package vn.foreignaffairs.registry.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void textInAnyScriptWithLineBreaksAndTabsIsClean() {
        assertThat(Text.isClean("Nguyễn Thị Ánh — Анна 李 🤝\r\n\tdòng hai")).isTrue();
    }

    @Test
    void controlCharactersUnpairedSurrogatesAndDirectionOverridesAreNot() {
        assertThat(Text.isClean("a\u0000b")).isFalse();
        assertThat(Text.isClean("a\u001bb")).isFalse();
        assertThat(Text.isClean("a\u007fb")).isFalse();
        assertThat(Text.isClean("a\u0085b")).isFalse();
        assertThat(Text.isClean("a\u202eb")).isFalse();
        assertThat(Text.isClean("a\u2066b")).isFalse();
        assertThat(Text.isClean("a\ud800b")).isFalse();
        assertThat(Text.isClean("a\udc00")).isFalse();
        assertThat(Text.isClean("a\ufffdb")).as("bytes that were not UTF-8, once decoded").isFalse();
    }

    @Test
    void fieldsAreNamedAsClientsWriteThem() {
        assertThat(Text.fieldPath("/destinations/0/countryCode")).isEqualTo("destinations[0].countryCode");
        assertThat(Text.fieldPath("/a~1b")).isEqualTo("a/b");
        assertThat(Text.fieldPath("/0")).isEqualTo("[0]");
        assertThat(Text.fieldPath("")).isEmpty();
    }
}
