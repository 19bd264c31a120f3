package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureWalkTest {

    private static final MeasureFilter CAMPAIGN = new MeasureFilter(7L, null, null, Set.of(), Set.of(), Set.of(),
            null, null, null);
    private static final MeasureFilter ACROSS = MeasureFilter.none();
    private static final MeasureFilter QUARTER = new MeasureFilter(7L, null, null, Set.of(), Set.of(), Set.of(),
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null);

    @Test
    void aUnitsLedgerInIdOrderWalksItsMeasureUnitKeyOnEitherDatabase() {
        for (boolean h2 : new boolean[] {true, false}) {
            MeasureWalk walk = MeasureWalk.of(h2, CAMPAIGN, MeasureSort.parse("-id"), 24L, false);
            assertThat(walk.from()).isEqualTo("measure_unit d join measure m on m.id = d.measure_id");
            assertThat(walk.drivingOrg()).isEqualTo(24L);
            assertThat(walk.where()).isEqualTo("d.org_id = :drivingOrg");
            assertThat(walk.orderBy()).isEqualTo("d.org_id desc, d.measure_id desc");
        }
    }

    @Test
    void onH2TheIndexThatYieldsTheOrderIsNamedAndItsColumnsSpeltOut() {
        assertThat(MeasureWalk.of(true, CAMPAIGN, MeasureSort.parse(null), null, false))
                .isEqualTo(new MeasureWalk("measure m use index (measure_campaign)", null, "m.campaign_id, m.id"));
        assertThat(MeasureWalk.of(true, CAMPAIGN, MeasureSort.parse("-deadline"), null, false)).isEqualTo(new MeasureWalk(
                "measure m use index (measure_campaign_deadline)", null,
                "m.campaign_id desc, m.deadline desc, m.id desc"));
        assertThat(MeasureWalk.of(true, ACROSS, MeasureSort.parse("id"), null, false))
                .isEqualTo(new MeasureWalk("measure m use index ()", null, "m.id"));
        assertThat(MeasureWalk.of(true, CAMPAIGN, MeasureSort.parse("updated"), null, false))
                .isEqualTo(new MeasureWalk("measure m use index (measure_updated)", null, "m.updated_at, m.id"));
        assertThat(MeasureWalk.of(true, CAMPAIGN, MeasureSort.parse("deadline"), 24L, false).from())
                .isEqualTo("measure m use index (measure_campaign_deadline)");
    }

    @Test
    void postgreSqlAndSelectiveFiltersAreLeftToThePlanner() {
        assertThat(MeasureWalk.of(false, CAMPAIGN, MeasureSort.parse("deadline"), null, false))
                .isEqualTo(new MeasureWalk("measure m", null, "m.deadline, m.id"));
        assertThat(MeasureWalk.of(true, QUARTER, MeasureSort.parse(null), 24L, false))
                .isEqualTo(new MeasureWalk("measure m", null, "m.id, m.id"));
        assertThat(MeasureWalk.of(false, QUARTER, MeasureSort.parse(null), null, false))
                .isEqualTo(new MeasureWalk("measure m", null, "m.id, m.id"));
    }

    @Test
    void aDenseDeadlineRangeIsWalkedInOrderLikeNoRangeAtAll() {
        assertThat(MeasureWalk.of(true, QUARTER, MeasureSort.parse(null), 24L, true))
                .isEqualTo(MeasureWalk.of(true, CAMPAIGN, MeasureSort.parse(null), 24L, false));
        assertThat(MeasureWalk.of(true, QUARTER, MeasureSort.parse(null), null, true))
                .isEqualTo(new MeasureWalk("measure m use index (measure_campaign)", null, "m.campaign_id, m.id"));
    }
}
