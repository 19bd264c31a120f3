package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The ledger page's query, which appends the page's own conditions to the measure list's:
 * a unit sees its subtree's work only, the section and the keyword (either script) narrow it,
 * and a problem typed by its number names the campaign's problem.
 */
@DatabaseTest
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPagesTest {

    @Autowired
    LedgerPages pages;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    CurrentUser office;
    long campaign;
    Problem first;
    Problem inSection;
    Section section;
    Measure chifeng;
    Measure tongliaoWithChifeng;
    Measure hongshan;
    Measure tongliao;

    @BeforeAll
    void ledgerOfFourMeasures() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        campaign = ledger.campaign(office).id();
        section = campaigns.addSection(office, campaign, "一、", "民族团结");
        first = ledger.problem(office, campaign);
        inSection = campaigns.addProblem(office, campaign, section.id(), 2, "第二个问题", "描述", "（一）2");
        chifeng = ledger.measure(office, first.id(), "完善生態環境監測網絡", id("赤峰市"), List.of(), null, MeasureType.IMMEDIATE);
        tongliaoWithChifeng = ledger.measure(
                office, inSection.id(), "推進民族團結", id("通辽市"), List.of(id("赤峰市")), null, MeasureType.IMMEDIATE);
        hongshan = ledger.measure(office, inSection.id(), "建立台账", id("红山区"), List.of(), null, MeasureType.IMMEDIATE);
        tongliao = ledger.measure(office, first.id(), "通辽自查", id("通辽市"), List.of(), null, MeasureType.IMMEDIATE);
    }

    private long id(String orgName) {
        return fixtures.org(orgName).id();
    }

    private CurrentUser unitOf(String orgName) {
        Organisation org = fixtures.org(orgName);
        return new CurrentUser(-1, "probe", "probe", org.id(), org.path(), EnumSet.of(Role.UNIT));
    }

    private static LedgerCriteria criteria(long campaign, Long section, String q, Integer problemNo) {
        return new LedgerCriteria(
                campaign, section, null, null, Set.of(), Set.of(), Set.of(), null, null, q, "id", 0, null, false,
                problemNo, null, null);
    }

    private List<Long> ids(CurrentUser user, LedgerCriteria criteria) {
        return pages.page(user, criteria).rows().stream()
                .map(r -> r.measure().id())
                .toList();
    }

    @Test
    void unitSeesOnlyWorkLedByOrCoAssignedToItsSubtree() {
        assertThat(ids(unitOf("赤峰市"), criteria(campaign, null, null, null)))
                .containsExactly(chifeng.id(), tongliaoWithChifeng.id(), hongshan.id());
        assertThat(ids(unitOf("红山区"), criteria(campaign, null, null, null))).containsExactly(hongshan.id());
        assertThat(ids(office, criteria(campaign, null, null, null)))
                .containsExactly(chifeng.id(), tongliaoWithChifeng.id(), hongshan.id(), tongliao.id());
    }

    /** The total beside the pages, and pages counted from 1 in the address as on the label. */
    @Test
    void showsTheTotalAndCountsPagesFromOne() {
        assertThat(pages.page(office, criteria(campaign, null, null, null)).total())
                .isEqualTo(new LedgerPage.Total(4, false));
        assertThat(pages.page(unitOf("赤峰市"), criteria(campaign, null, null, null))
                        .total()
                        .label())
                .isEqualTo("共 3 项");
        assertThat(new LedgerPage.Total(10_000, true).label()).isEqualTo("共 10,000+ 项");

        LedgerCriteria second = criteria(campaign, null, null, null).withPage(2);
        assertThat(second.href()).contains("page=2");
        assertThat(second.offset()).isEqualTo(second.size());
        assertThat(criteria(campaign, null, null, null).offset()).isZero();
    }

    @Test
    void sectionAndVisibilityNarrowTogether() {
        assertThat(ids(unitOf("赤峰市"), criteria(campaign, section.id(), null, null)))
                .containsExactly(tongliaoWithChifeng.id(), hongshan.id());
    }

    @Test
    void keywordMatchesTheOtherScript() {
        assertThat(ids(unitOf("赤峰市"), criteria(campaign, null, "生态环境", null))).containsExactly(chifeng.id());
        assertThat(ids(unitOf("赤峰市"), criteria(campaign, null, "民族團結", null)))
                .containsExactly(tongliaoWithChifeng.id());
    }

    @Test
    void problemTypedByNumberNamesTheCampaignsProblem() {
        LedgerPage page = pages.page(office, criteria(campaign, null, null, 2));
        assertThat(page.criteria().problem()).isEqualTo(inSection.id());
        assertThat(page.rows())
                .extracting(r -> r.measure().id())
                .containsExactly(tongliaoWithChifeng.id(), hongshan.id());
        assertThat(ids(office, criteria(campaign, null, null, 99))).isEmpty();
    }

    @Test
    void fewProblemsAreListedWithTheUnitsVisibleOnesOnly() {
        LedgerPage page = pages.page(unitOf("红山区"), criteria(campaign, null, null, null));
        assertThat(page.problems().byNumber()).isFalse();
        assertThat(page.problems().options()).extracting(Problem::id).containsExactly(inSection.id());
    }

    @Test
    void onlyTheOfficeThatKeepsTheCampaignIsOfferedBulkAssignment() {
        CurrentUser cityOffice = fixtures.actor("赤峰市", Role.OFFICE).user();
        assertThat(pages.page(office, criteria(campaign, null, null, null)).canAssign())
                .isTrue();
        assertThat(pages.page(cityOffice, criteria(campaign, null, null, null)).canAssign())
                .as("a city office sees the region's campaign in its subtree but does not keep it")
                .isFalse();
        assertThat(pages.page(unitOf("赤峰市"), criteria(campaign, null, null, null))
                        .canAssign())
                .isFalse();
    }
}
