package vn.foreignaffairs.registry.support;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** Matches a {@link RuleViolation} by its stable code (and field, when given). */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> refusal(RefusalCode code) {
        return refusal(code, null);
    }

    public static Matcher<RuleViolation> refusal(RefusalCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code() == code && (field == null || field.equals(violation.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code " + code + (field == null ? "" : " on " + field));
            }
        };
    }
}
