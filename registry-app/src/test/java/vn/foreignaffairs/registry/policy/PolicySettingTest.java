package vn.foreignaffairs.registry.policy;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.policy.ChangePolicyValueCommand;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.api.policy.PolicyScope;
import vn.foreignaffairs.registry.api.policy.PolicySettingId;
import vn.foreignaffairs.registry.api.policy.PolicyValueChanged;

class PolicySettingTest {

    private static final PolicyKey QUOTA = PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR;
    private static final PolicySettingId ID = PolicySettingId.of(QUOTA, PolicyScope.PROVINCE);
    private static final String SOURCE = "Quyết định của UBND tỉnh";

    private AggregateTestFixture<PolicySetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicySetting.class);
    }

    @Test
    void theFirstChangeRecordsTheLegalDefaultAsThePreviousValue() {
        fixture.givenNoPriorActivity()
                .when(new ChangePolicyValueCommand(ID, QUOTA, PolicyScope.PROVINCE, 1, SOURCE, "Tinh gọn bộ máy"))
                .expectEvents(new PolicyValueChanged(ID, QUOTA, PolicyScope.PROVINCE, 2, 1, SOURCE, "Tinh gọn bộ máy"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aLaterChangeRecordsTheValueItReplaces() {
        fixture.given(new PolicyValueChanged(ID, QUOTA, PolicyScope.PROVINCE, 2, 1, SOURCE, "x"))
                .when(new ChangePolicyValueCommand(ID, QUOTA, PolicyScope.PROVINCE, 3, SOURCE, "Mở rộng hợp tác"))
                .expectEvents(new PolicyValueChanged(ID, QUOTA, PolicyScope.PROVINCE, 1, 3, SOURCE, "Mở rộng hợp tác"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aNegativeValueIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ChangePolicyValueCommand(ID, QUOTA, PolicyScope.PROVINCE, -1, SOURCE, "x"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "value"));
    }

    @Test
    void aValueNeedsItsLegalSource() {
        fixture.givenNoPriorActivity()
                .when(new ChangePolicyValueCommand(ID, QUOTA, PolicyScope.PROVINCE, 1, " ", "x"))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "legalSource"));
    }

    @Test
    void aChangeNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new ChangePolicyValueCommand(ID, QUOTA, PolicyScope.PROVINCE, 1, SOURCE, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }
}
