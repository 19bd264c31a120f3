package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

/** 销号审批链: each step in order approves or returns with a reason; the last approval approves the request. */
class ClosingRequestTest {

    private static final Instant AT = Instant.parse("2021-11-20T02:00:00Z");
    private static final ClosingChain CHAIN = new ClosingChain(
            List.of(ClosingApprover.LEAD_LEADER, ClosingApprover.OFFICE, ClosingApprover.LEADING_GROUP));

    @Test
    void walksTheChainStepByStepToApproval() {
        ClosingRequest asked = ClosingRequest.ask(7, CHAIN, "unit", AT);
        assertThat(asked.current()).contains(ClosingApprover.LEAD_LEADER);

        ClosingRequest second = asked.approve(ClosingApprover.LEAD_LEADER, "leader", AT);
        assertThat(second.status()).isEqualTo(ClosingRequest.Status.PENDING);
        assertThat(second.current()).contains(ClosingApprover.OFFICE);

        ClosingRequest approved = second.approve(ClosingApprover.OFFICE, "office", AT)
                .approve(ClosingApprover.LEADING_GROUP, "group", AT);
        assertThat(approved.status()).isEqualTo(ClosingRequest.Status.APPROVED);
        assertThat(approved.current()).isEmpty();
        assertThat(approved.decisions())
                .extracting(ClosingRequest.Decision::approver, ClosingRequest.Decision::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ClosingApprover.LEAD_LEADER, "leader"),
                        org.assertj.core.groups.Tuple.tuple(ClosingApprover.OFFICE, "office"),
                        org.assertj.core.groups.Tuple.tuple(ClosingApprover.LEADING_GROUP, "group"));
    }

    @Test
    void aStepDecidesOnlyInItsTurn() {
        ClosingRequest asked = ClosingRequest.ask(7, CHAIN, "unit", AT);

        assertThatThrownBy(() -> asked.approve(ClosingApprover.OFFICE, "office", AT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("正等待牵头单位领导审批");
        assertThatThrownBy(() -> asked.sendBack(ClosingApprover.LEADING_GROUP, "材料不全", "group", AT))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aReturnNeedsAReasonAndEndsTheRequest() {
        ClosingRequest atOffice =
                ClosingRequest.ask(7, CHAIN, "unit", AT).approve(ClosingApprover.LEAD_LEADER, "l", AT);

        assertThatThrownBy(() -> atOffice.sendBack(ClosingApprover.OFFICE, " ", "office", AT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("理由");
        ClosingRequest returned = atOffice.sendBack(ClosingApprover.OFFICE, " 验收报告未盖章 ", "office", AT);

        assertThat(returned.status()).isEqualTo(ClosingRequest.Status.RETURNED);
        assertThat(returned.current()).isEmpty();
        assertThat(returned.decisions().get(1).reason()).isEqualTo("验收报告未盖章");
        assertThatThrownBy(() -> returned.approve(ClosingApprover.OFFICE, "office", AT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("已退回");
    }

    @Test
    void aChainNamesEachApproverOnceAndAnEmptyChainMeansNoRequest() {
        assertThatThrownBy(() -> new ClosingChain(List.of(ClosingApprover.OFFICE, ClosingApprover.OFFICE)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ClosingRequest.ask(7, ClosingChain.none(), "office", AT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(ClosingChain.decode(CHAIN.encoded())).isEqualTo(CHAIN);
        assertThat(CHAIN.describe()).isEqualTo("牵头单位领导 → 整改办 → 领导小组");
    }
}
