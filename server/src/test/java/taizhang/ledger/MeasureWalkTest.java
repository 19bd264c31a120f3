package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureWalkTest {

    private static final MeasureFilter CAMPAIGN =
            new MeasureFilter(7L, null, null, Set.of(), Set.of(), Set.of(), null, null, null);
    /** H2 names a table's primary key index itself; the repository reads the names. */
    private static final MeasureWalk.H2Keys H2 = new MeasureWalk.H2Keys("PRIMARY_KEY_37", "PRIMARY_KEY_AC");

    private static final MeasureWalk.H2Keys PG = null;
    private static final MeasureFilter ACROSS = MeasureFilter.none();
    private static final MeasureFilter QUARTER = new MeasureFilter(
            7L, null, null, Set.of(), Set.of(), Set.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null);

    @Test
    void aUnitsLedgerInACampaignWalksItsMeasureUnitKeyInIdOrProblemOrder() {
        MeasureWalk byId = MeasureWalk.of(PG, CAMPAIGN, MeasureSort.parse("-id"), 24L, false);
        assertThat(byId.from()).isEqualTo("measure_unit d join measure m on m.id = d.measure_id");
        assertThat(byId.drivingOrg()).isEqualTo(24L);
        assertThat(byId.orderBy()).isEqualTo("d.org_id desc, d.measure_id desc");
        MeasureWalk onH2 = MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse("id"), 24L, false);
        assertThat(onH2.key()).isEqualTo("measure_unit d use index (\"PRIMARY_KEY_AC\")");
        assertThat(onH2.from())
                .isEqualTo("measure_unit d use index (\"PRIMARY_KEY_AC\")"
                        + " join measure m use index (\"PRIMARY_KEY_37\") on m.id = d.measure_id");

        MeasureWalk inProblemOrder = MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse("ordinal"), 24L, false);
        assertThat(inProblemOrder.key()).isEqualTo("measure_unit d use index (measure_unit_problem)");
        assertThat(inProblemOrder.orderBy())
                .isEqualTo("d.org_id, d.campaign_id, d.problem_id, d.ordinal, d.measure_id");
    }

    @Test
    void acrossCampaignsAUnitIsWalkedInIdOrderOnlyByItsPrimaryKey() {
        MeasureWalk byId = MeasureWalk.of(H2, ACROSS, MeasureSort.parse("id"), 24L, false);
        assertThat(byId.key()).isEqualTo("measure_unit d use index (\"PRIMARY_KEY_AC\")");
        assertThat(byId.orderBy()).isEqualTo("d.org_id, d.measure_id");
        assertThat(MeasureWalk.of(PG, ACROSS, MeasureSort.parse("ordinal"), 24L, false)
                        .key())
                .isNull();
    }

    @Test
    void theKeyIsReadAloneUnlessAConditionNeedsTheMeasureRow() {
        MeasureWalk walk = MeasureWalk.of(PG, CAMPAIGN, MeasureSort.parse("ordinal"), 24L, false);
        assertThat(walk.select(" and d.campaign_id = :campaign and 1 = 1"))
                .isEqualTo("select d.measure_id as id from measure_unit d where d.org_id = :drivingOrg"
                        + " and d.campaign_id = :campaign and 1 = 1");
        assertThat(walk.select(" and d.campaign_id = :campaign and m.status in (:statuses)"))
                .isEqualTo(
                        "select m.id from measure_unit d join measure m on m.id = d.measure_id where d.org_id = :drivingOrg"
                                + " and d.campaign_id = :campaign and m.status in (:statuses)");
        assertThat(walk.select(" and exists (select 1 from measure_unit vu where vu.measure_id = m.id)"))
                .startsWith("select m.id from");
        assertThat(MeasureWalk.of(PG, CAMPAIGN, MeasureSort.parse("deadline"), null, false)
                        .select(""))
                .isEqualTo("select m.id from measure m where 1 = 1");
    }

    @Test
    void onH2TheIndexThatYieldsTheOrderIsNamedAndItsColumnsSpeltOut() {
        assertThat(MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse(null), null, false))
                .isEqualTo(plain("measure m use index (measure_campaign)", "m.campaign_id, m.id"));
        assertThat(MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse("-deadline"), null, false))
                .isEqualTo(plain(
                        "measure m use index (measure_campaign_deadline)",
                        "m.campaign_id desc, m.deadline desc, m.id desc"));
        assertThat(MeasureWalk.of(H2, ACROSS, MeasureSort.parse("id"), null, false))
                .isEqualTo(plain("measure m use index ()", "m.id"));
        assertThat(MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse("updated"), null, false))
                .isEqualTo(plain("measure m use index (measure_updated)", "m.updated_at, m.id"));
        assertThat(MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse("deadline"), 24L, false)
                        .from())
                .isEqualTo("measure m use index (measure_campaign_deadline)");
    }

    @Test
    void postgreSqlAndSelectiveFiltersAreLeftToThePlanner() {
        assertThat(MeasureWalk.of(PG, CAMPAIGN, MeasureSort.parse("deadline"), null, false))
                .isEqualTo(plain("measure m", "m.deadline, m.id"));
        assertThat(MeasureWalk.of(H2, QUARTER, MeasureSort.parse(null), 24L, false))
                .isEqualTo(plain("measure m", "m.id, m.id"));
        assertThat(MeasureWalk.of(PG, QUARTER, MeasureSort.parse(null), null, false))
                .isEqualTo(plain("measure m", "m.id, m.id"));
    }

    @Test
    void aDenseDeadlineRangeIsWalkedInOrderLikeNoRangeAtAll() {
        assertThat(MeasureWalk.of(H2, QUARTER, MeasureSort.parse(null), 24L, true))
                .isEqualTo(MeasureWalk.of(H2, CAMPAIGN, MeasureSort.parse(null), 24L, false));
        assertThat(MeasureWalk.of(H2, QUARTER, MeasureSort.parse(null), null, true))
                .isEqualTo(plain("measure m use index (measure_campaign)", "m.campaign_id, m.id"));
    }

    private static MeasureWalk plain(String from, String orderBy) {
        return new MeasureWalk(null, from, null, orderBy);
    }
}
