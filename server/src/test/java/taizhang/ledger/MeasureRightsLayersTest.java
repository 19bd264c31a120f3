package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** What 分层建账 and 销号审批链 add to a user's rights on a measure, and who answers for each step of a chain. */
class MeasureRightsLayersTest {

    private static final String LEAD = "/1/5/";

    private static CurrentUser user(String path, Role role) {
        return new CurrentUser(1, "u", "u", 5, path, Set.of(role));
    }

    @Test
    void theLeadUnitSplitsOpenWorkAndAReaderDoesNot() {
        Measure open = MeasureTest.measure(MeasureStatus.IN_PROGRESS);
        MeasureRights lead = MeasureRights.of(user(LEAD, Role.UNIT), open, false, true, LEAD, false);
        MeasureRights leader = MeasureRights.of(user(LEAD, Role.LEADER), open, false, true, LEAD, false);

        assertThat(lead.maySplit()).isTrue();
        assertThat(leader.maySplit()).isFalse();
        assertThat(MeasureRights.of(
                                user(LEAD, Role.UNIT),
                                MeasureTest.measure(MeasureStatus.DONE),
                                false,
                                true,
                                LEAD,
                                false)
                        .maySplit())
                .isFalse();
    }

    @Test
    void withAChainTheOfficeHasNoCloseMoveAndTheLeadAsksForClosing() {
        Measure done = MeasureTest.measure(MeasureStatus.DONE);
        MeasureRights office = MeasureRights.of(user("/1/", Role.OFFICE), done, true, false, LEAD, true);
        MeasureRights lead = MeasureRights.of(user(LEAD, Role.UNIT), done, false, true, LEAD, true);

        assertThat(office.moves()).containsExactly(Move.RETURN);
        assertThat(office.mayAskClosing()).isTrue();
        assertThat(lead.mayAskClosing()).isTrue();
        assertThat(MeasureRights.of(user("/1/", Role.OFFICE), done, true, false, LEAD, false)
                        .moves())
                .contains(Move.CLOSE);
        assertThat(MeasureRights.of(user("/1/", Role.OFFICE), done, true, false, LEAD, false)
                        .mayAskClosing())
                .isFalse();
    }

    @Test
    void eachStepOfTheChainIsHeldByItsOwnApprover() {
        Measure done = MeasureTest.measure(MeasureStatus.DONE);
        CurrentUser leagueLeader = user(LEAD, Role.LEADER);
        CurrentUser regionLeader = user("/1/", Role.LEADER);
        MeasureRights reads = MeasureRights.of(leagueLeader, done, false, false, LEAD, true);
        MeasureRights keeps = MeasureRights.of(user("/1/", Role.OFFICE), done, true, false, LEAD, true);

        assertThat(ClosingApprover.LEAD_LEADER.heldBy(leagueLeader, reads, LEAD, false))
                .isTrue();
        assertThat(ClosingApprover.LEAD_LEADER.heldBy(regionLeader, reads, LEAD, true))
                .isFalse();
        assertThat(ClosingApprover.LEADING_GROUP.heldBy(regionLeader, reads, LEAD, true))
                .isTrue();
        assertThat(ClosingApprover.LEADING_GROUP.heldBy(leagueLeader, reads, LEAD, false))
                .isFalse();
        assertThat(ClosingApprover.OFFICE.heldBy(user("/1/", Role.OFFICE), keeps, LEAD, true))
                .isTrue();
        assertThat(ClosingApprover.OFFICE.heldBy(leagueLeader, reads, LEAD, false))
                .isFalse();
    }
}
