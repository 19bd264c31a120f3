package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.PageResult;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The ledger's SQL: every filter, sorting, paging and who sees what. One campaign of five
 * measures spread over the tree; every query is narrowed to it, since the database is shared.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureRepositoryTest {

    @Autowired
    MeasureRepository repository;

    @Autowired
    MeasureService service;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    CurrentUser office;
    long campaign;
    long problem;
    LocalDate today = LocalDate.now();
    /** Led by 赤峰市, overdue, in progress: RED. Title holds a literal %. */
    Measure chifeng;
    /** Led by 通辽市 with 赤峰市 as co-unit, far deadline, done: GREEN. Title holds 100X, which % would match. */
    Measure tongliaoWithChifeng;
    /** Led by 红山区 (under 赤峰市), continuing, no deadline. Title holds a literal _. */
    Measure hongshan;
    /** Led by 科尔沁区 (under 通辽市), due in a week: YELLOW. Title holds aXb, which _ would match. */
    Measure horqin;
    /** Led by 自治区党委, no deadline, immediate. Title holds a backslash. */
    Measure committee;

    @BeforeAll
    void ledgerOfFiveMeasures() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        campaign = ledger.campaign(office).id();
        problem = ledger.problem(office, campaign).id();
        chifeng = ledger.measure(
                office, problem, "盟市完成率100%达标", id("赤峰市"), List.of(), today.minusDays(10), MeasureType.DEADLINE);
        tongliaoWithChifeng = ledger.measure(
                office,
                problem,
                "盟市完成率100X达标",
                id("通辽市"),
                List.of(id("赤峰市")),
                today.plusDays(100),
                MeasureType.IMMEDIATE);
        hongshan = ledger.measure(office, problem, "建立a_b台账", id("红山区"), List.of(), null, MeasureType.CONTINUING);
        horqin = ledger.measure(
                office, problem, "建立aXb台账", id("科尔沁区"), List.of(), today.plusDays(7), MeasureType.DEADLINE);
        committee =
                ledger.measure(office, problem, "目录C:\\temp清理", id("自治区党委"), List.of(), null, MeasureType.IMMEDIATE);
        chifeng = service.start(office, chifeng.id(), chifeng.version());
        tongliaoWithChifeng =
                service.reportDone(office, tongliaoWithChifeng.id(), tongliaoWithChifeng.version(), MeasureStatus.DONE);
    }

    private long id(String orgName) {
        return fixtures.org(orgName).id();
    }

    private CurrentUser userOf(String orgName, Role role) {
        Organisation org = fixtures.org(orgName);
        return new CurrentUser(-1, "probe", "probe", org.id(), org.path(), EnumSet.of(role));
    }

    private static MeasureScope subtree(Organisation org) {
        return MeasureScope.of(org);
    }

    private MeasureFilter filter(
            Set<MeasureStatus> statuses,
            Set<WarningLevel> warnings,
            Set<MeasureType> types,
            LocalDate from,
            LocalDate to,
            String keyword) {
        return new MeasureFilter(campaign, null, null, statuses, warnings, types, from, to, keyword);
    }

    private MeasureFilter campaignOnly() {
        return filter(Set.of(), Set.of(), Set.of(), null, null, null);
    }

    private List<Long> ids(CurrentUser user, MeasureFilter filter, MeasureScope unit, String sort) {
        return repository.list(user, filter, unit, MeasureSort.parse(sort), 0, 100).stream()
                .map(v -> v.measure().id())
                .toList();
    }

    private List<Long> ids(MeasureFilter filter) {
        return ids(office, filter, null, null);
    }

    private static List<Long> idsOf(Measure... measures) {
        return java.util.Arrays.stream(measures).map(Measure::id).toList();
    }

    @Test
    void campaignFilterKeepsOnlyThatCampaign() {
        assertThat(ids(campaignOnly()))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, hongshan, horqin, committee));
        Measure elsewhere = ledger.measure(
                office, ledger.problem(office, ledger.campaign(office).id()).id(), id("赤峰市"));
        assertThat(ids(campaignOnly())).doesNotContain(elsewhere.id());
    }

    @Test
    void problemFilterKeepsOnlyThatProblem() {
        long other = ledger.campaign(office).id();
        long first = ledger.problem(office, other).id();
        long second = ledger.problem(office, other).id();
        ledger.measure(office, first, id("乌海市"));
        Measure onSecond = ledger.measure(office, second, id("乌海市"));
        MeasureFilter byProblem =
                new MeasureFilter(other, second, null, Set.of(), Set.of(), Set.of(), null, null, null);
        assertThat(ids(byProblem)).containsExactly(onSecond.id());
    }

    @Test
    void unitFilterKeepsTheUnitsSubtreeAsLeadOrCoUnit() {
        assertThat(ids(office, campaignOnly(), subtree(fixtures.org("赤峰市")), null))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, hongshan));
        assertThat(ids(office, campaignOnly(), subtree(fixtures.org("通辽市")), null))
                .containsExactlyElementsOf(idsOf(tongliaoWithChifeng, horqin));
        assertThat(ids(office, campaignOnly(), subtree(fixtures.org("红山区")), null))
                .containsExactlyElementsOf(idsOf(hongshan));
        assertThat(ids(office, campaignOnly(), subtree(fixtures.org("呼和浩特市")), null))
                .isEmpty();
    }

    @Test
    void theRootAsUnitFilterKeepsEveryMeasureWithALeadOrACoUnit() {
        assertThat(ids(office, campaignOnly(), subtree(fixtures.org("内蒙古自治区")), null))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, hongshan, horqin, committee));
        long other = ledger.campaign(office).id();
        long otherProblem = ledger.problem(office, other).id();
        ledger.measure(office, otherProblem, "尚未分工", null, List.of(), null, MeasureType.IMMEDIATE);
        Measure coUnitOnly =
                ledger.measure(office, otherProblem, "只有配合单位", null, List.of(id("红山区")), null, MeasureType.IMMEDIATE);
        Measure ledByTheRoot =
                ledger.measure(office, otherProblem, "自治区牵头", id("内蒙古自治区"), List.of(), null, MeasureType.IMMEDIATE);
        MeasureFilter inOther = new MeasureFilter(other, null, null, Set.of(), Set.of(), Set.of(), null, null, null);
        assertThat(ids(office, inOther, subtree(fixtures.org("内蒙古自治区")), null))
                .containsExactly(coUnitOnly.id(), ledByTheRoot.id());
        assertThat(repository.count(office, inOther, subtree(fixtures.org("内蒙古自治区"))))
                .isEqualTo(2);
    }

    @Test
    void statusFilterKeepsAnyOfTheGivenStatuses() {
        assertThat(ids(filter(EnumSet.of(MeasureStatus.IN_PROGRESS), Set.of(), Set.of(), null, null, null)))
                .containsExactlyElementsOf(idsOf(chifeng));
        assertThat(ids(filter(
                        EnumSet.of(MeasureStatus.IN_PROGRESS, MeasureStatus.DONE),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null)))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng));
        assertThat(ids(filter(EnumSet.of(MeasureStatus.CLOSED), Set.of(), Set.of(), null, null, null)))
                .isEmpty();
    }

    @Test
    void warningFilterKeepsTheStoredLevels() {
        assertThat(ids(filter(Set.of(), EnumSet.of(WarningLevel.RED), Set.of(), null, null, null)))
                .containsExactlyElementsOf(idsOf(chifeng));
        assertThat(ids(filter(Set.of(), EnumSet.of(WarningLevel.YELLOW), Set.of(), null, null, null)))
                .containsExactlyElementsOf(idsOf(horqin));
        assertThat(ids(filter(Set.of(), EnumSet.of(WarningLevel.GREEN), Set.of(), null, null, null)))
                .containsExactlyElementsOf(idsOf(tongliaoWithChifeng, hongshan, committee));
    }

    @Test
    void typeFilterKeepsAnyOfTheGivenTypes() {
        assertThat(ids(filter(Set.of(), Set.of(), EnumSet.of(MeasureType.CONTINUING), null, null, null)))
                .containsExactlyElementsOf(idsOf(hongshan));
        assertThat(ids(filter(
                        Set.of(), Set.of(), EnumSet.of(MeasureType.IMMEDIATE, MeasureType.DEADLINE), null, null, null)))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, horqin, committee));
    }

    @Test
    void deadlineRangeIsInclusiveAndLeavesOutMeasuresWithoutDeadline() {
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), today.minusDays(10), today.plusDays(7), null)))
                .containsExactlyElementsOf(idsOf(chifeng, horqin));
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), today.minusDays(9), null, null)))
                .containsExactlyElementsOf(idsOf(tongliaoWithChifeng, horqin));
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, today.plusDays(6), null)))
                .containsExactlyElementsOf(idsOf(chifeng));
    }

    @Test
    void keywordMatchesTitleOrBodyAnywhere() {
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "完成率")))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng));
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "措施正文：建立")))
                .containsExactlyElementsOf(idsOf(hongshan, horqin));
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "  台账 ")))
                .containsExactlyElementsOf(idsOf(hongshan, horqin));
    }

    @Test
    void keywordPercentIsMatchedLiterally() {
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "100%达标")))
                .containsExactlyElementsOf(idsOf(chifeng));
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "%")))
                .containsExactlyElementsOf(idsOf(chifeng));
    }

    @Test
    void keywordUnderscoreIsMatchedLiterally() {
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "a_b")))
                .containsExactlyElementsOf(idsOf(hongshan));
    }

    @Test
    void keywordBackslashIsMatchedLiterally() {
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "C:\\temp")))
                .containsExactlyElementsOf(idsOf(committee));
        assertThat(ids(filter(Set.of(), Set.of(), Set.of(), null, null, "\\")))
                .containsExactlyElementsOf(idsOf(committee));
    }

    @Test
    void filtersCombine() {
        assertThat(ids(
                        office,
                        filter(Set.of(), Set.of(), EnumSet.of(MeasureType.DEADLINE), null, null, "盟市"),
                        subtree(fixtures.org("赤峰市")),
                        null))
                .containsExactlyElementsOf(idsOf(chifeng));
    }

    @Test
    void sortsByDeadlineWithMissingDeadlinesLast() {
        assertThat(ids(office, campaignOnly(), null, "deadline"))
                .containsExactlyElementsOf(idsOf(chifeng, horqin, tongliaoWithChifeng, hongshan, committee));
        assertThat(ids(office, campaignOnly(), null, "-deadline"))
                .containsExactlyElementsOf(idsOf(committee, hongshan, tongliaoWithChifeng, horqin, chifeng));
    }

    @Test
    void sortsByIdDescending() {
        assertThat(ids(office, campaignOnly(), null, "-id"))
                .containsExactlyElementsOf(idsOf(committee, horqin, hongshan, tongliaoWithChifeng, chifeng));
    }

    @Test
    void sortsByProblemAndOrdinal() {
        assertThat(ids(office, campaignOnly(), null, "ordinal"))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, hongshan, horqin, committee));
        assertThat(List.of(chifeng, tongliaoWithChifeng, hongshan, horqin, committee).stream()
                        .map(Measure::ordinal))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void sortsByStatusKeepingEqualStatusesTogetherInIdOrder() {
        List<Long> byStatus = ids(office, campaignOnly(), null, "status");
        assertThat(byStatus).hasSize(5);
        List<Long> notStarted = byStatus.stream()
                .filter(idsOf(hongshan, horqin, committee)::contains)
                .toList();
        assertThat(notStarted).containsExactlyElementsOf(idsOf(hongshan, horqin, committee));
        int firstNotStarted = byStatus.indexOf(hongshan.id());
        assertThat(byStatus.subList(firstNotStarted, firstNotStarted + 3)).containsExactlyElementsOf(notStarted);
        List<Long> reversed = new java.util.ArrayList<>(byStatus);
        java.util.Collections.reverse(reversed);
        assertThat(ids(office, campaignOnly(), null, "-status")).containsExactlyElementsOf(reversed);
    }

    @Test
    void pagesByOffsetAndLimit() {
        List<MeasureView> first = repository.list(office, campaignOnly(), null, MeasureSort.parse("id"), 0, 2);
        List<MeasureView> last = repository.list(office, campaignOnly(), null, MeasureSort.parse("id"), 4, 2);
        assertThat(first).map(v -> v.measure().id()).containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng));
        assertThat(last).map(v -> v.measure().id()).containsExactlyElementsOf(idsOf(committee));
    }

    @Test
    void serviceTellsWhetherThereIsANextPage() {
        PageResult<MeasureView> first = service.list(office, campaignOnly(), MeasureSort.parse("id"), 0, 2, true);
        assertThat(first.items())
                .map(v -> v.measure().id())
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.total()).isEqualTo(5);
        PageResult<MeasureView> third = service.list(office, campaignOnly(), MeasureSort.parse("id"), 2, 2, false);
        assertThat(third.items()).map(v -> v.measure().id()).containsExactlyElementsOf(idsOf(committee));
        assertThat(third.hasNext()).isFalse();
        assertThat(third.total()).isNull();
        PageResult<MeasureView> exact = service.list(office, campaignOnly(), MeasureSort.parse("id"), 0, 5, false);
        assertThat(exact.items()).hasSize(5);
        assertThat(exact.hasNext()).isFalse();
    }

    @Test
    void listShowsProblemNumberLeadNameAndCoUnits() {
        MeasureView view = repository
                .list(office, campaignOnly(), null, MeasureSort.parse("id"), 1, 1)
                .get(0);
        assertThat(view.measure().id()).isEqualTo(tongliaoWithChifeng.id());
        assertThat(view.leadName()).isEqualTo("通辽市");
        assertThat(view.problemNumber()).isEqualTo(1);
        assertThat(view.measure().coUnitIds()).containsExactly(id("赤峰市"));
    }

    @Test
    void countsWhatTheFilterKeeps() {
        assertThat(repository.count(office, campaignOnly(), null)).isEqualTo(5);
        assertThat(repository.count(office, campaignOnly(), subtree(fixtures.org("赤峰市"))))
                .isEqualTo(3);
        assertThat(repository.count(userOf("通辽市", Role.UNIT), campaignOnly(), null))
                .isEqualTo(2);
    }

    @Test
    void aUnitSeesWhatItOrUnitsBelowItLeadOrCoOperateOn() {
        assertThat(ids(userOf("赤峰市", Role.UNIT), campaignOnly(), null, null))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, hongshan));
        assertThat(ids(userOf("通辽市", Role.UNIT), campaignOnly(), null, null))
                .containsExactlyElementsOf(idsOf(tongliaoWithChifeng, horqin));
        assertThat(ids(userOf("红山区", Role.UNIT), campaignOnly(), null, null))
                .containsExactlyElementsOf(idsOf(hongshan));
        assertThat(ids(userOf("自治区党委", Role.UNIT), campaignOnly(), null, null))
                .containsExactlyElementsOf(idsOf(committee));
        assertThat(ids(userOf("呼和浩特市", Role.UNIT), campaignOnly(), null, null)).isEmpty();
    }

    @Test
    void aUnitUsersUnitFilterNarrowsWithinWhatItSees() {
        CurrentUser chifengUnit = userOf("赤峰市", Role.UNIT);
        assertThat(ids(chifengUnit, campaignOnly(), subtree(fixtures.org("红山区")), null))
                .containsExactlyElementsOf(idsOf(hongshan));
        assertThat(ids(chifengUnit, campaignOnly(), subtree(fixtures.org("赤峰市")), null))
                .containsExactlyElementsOf(idsOf(chifeng, tongliaoWithChifeng, hongshan));
        // Outside its subtree the filter still shows only what the unit sees: 通辽市's measure
        // with 赤峰市 as co-unit, not 科尔沁区's.
        assertThat(ids(chifengUnit, campaignOnly(), subtree(fixtures.org("通辽市")), null))
                .containsExactlyElementsOf(idsOf(tongliaoWithChifeng));
        assertThat(ids(chifengUnit, campaignOnly(), subtree(fixtures.org("科尔沁区")), null))
                .isEmpty();
        assertThat(repository.count(chifengUnit, campaignOnly(), subtree(fixtures.org("红山区"))))
                .isEqualTo(1);
        assertThat(repository.count(chifengUnit, campaignOnly(), subtree(fixtures.org("科尔沁区"))))
                .isZero();
    }

    @Test
    void aUnitsLedgerPagesThroughItsOwnMeasuresInEitherDirection() {
        CurrentUser chifengUnit = userOf("赤峰市", Role.UNIT);
        assertThat(ids(chifengUnit, campaignOnly(), null, "-id"))
                .containsExactlyElementsOf(idsOf(hongshan, tongliaoWithChifeng, chifeng));
        assertThat(repository.list(chifengUnit, campaignOnly(), null, MeasureSort.parse("id"), 1, 1))
                .extracting(v -> v.measure().id())
                .containsExactly(tongliaoWithChifeng.id());
        assertThat(ids(office, campaignOnly(), subtree(fixtures.org("赤峰市")), "-id"))
                .containsExactlyElementsOf(idsOf(hongshan, tongliaoWithChifeng, chifeng));
        assertThat(ids(chifengUnit, campaignOnly(), subtree(fixtures.org("红山区")), null))
                .containsExactlyElementsOf(idsOf(hongshan));
    }

    /**
     * A unit's ledger in id order walks its whole {@code measure_unit} key (V148) and keeps to the
     * campaign asked, whichever campaign's measures come first in the walk.
     */
    @Test
    void aUnitsLedgerInIdOrderKeepsToTheCampaignAsked() {
        long second = ledger.campaign(office).id();
        long problem = ledger.problem(office, second).id();
        Measure a = ledger.measure(office, problem, id("赤峰市"));
        Measure b = ledger.measure(office, problem, id("红山区"));
        CurrentUser chifengUnit = userOf("赤峰市", Role.UNIT);
        MeasureFilter secondCampaign =
                new MeasureFilter(second, null, null, Set.of(), Set.of(), Set.of(), null, null, null);

        assertThat(ids(chifengUnit, secondCampaign, null, "id")).containsExactlyElementsOf(idsOf(a, b));
        assertThat(ids(chifengUnit, secondCampaign, null, "-id")).containsExactlyElementsOf(idsOf(b, a));
        assertThat(repository.list(chifengUnit, secondCampaign, null, MeasureSort.parse("id"), 1, 1))
                .extracting(v -> v.measure().id())
                .containsExactly(b.id());
        assertThat(ids(chifengUnit, campaignOnly(), null, "-id"))
                .containsExactlyElementsOf(idsOf(hongshan, tongliaoWithChifeng, chifeng));
    }

    /**
     * A unit's ledger in problem order, read from its {@code measure_unit} key: a measure added
     * later to the first problem comes before the second problem's, another campaign's measures
     * of the same unit stay out, and reassigning a measure moves its rows with their order.
     */
    @Test
    void aUnitsLedgerInProblemOrderFollowsTheProblemsNotTheIds() {
        long second = ledger.campaign(office).id();
        long first = ledger.problem(office, second).id();
        long next = ledger.problem(office, second).id();
        Measure a1 = ledger.measure(office, first, id("赤峰市"));
        Measure b1 = ledger.measure(office, next, id("赤峰市"));
        Measure a2 = ledger.measure(office, first, id("红山区"));
        CurrentUser chifengUnit = userOf("赤峰市", Role.UNIT);
        MeasureFilter secondCampaign =
                new MeasureFilter(second, null, null, Set.of(), Set.of(), Set.of(), null, null, null);

        assertThat(ids(chifengUnit, secondCampaign, null, "ordinal")).containsExactlyElementsOf(idsOf(a1, a2, b1));
        assertThat(ids(chifengUnit, secondCampaign, null, "-ordinal")).containsExactlyElementsOf(idsOf(b1, a2, a1));
        assertThat(repository.list(chifengUnit, secondCampaign, null, MeasureSort.parse("ordinal"), 1, 1))
                .extracting(v -> v.measure().id())
                .containsExactly(a2.id());
        assertThat(ids(office, secondCampaign, subtree(fixtures.org("赤峰市")), "ordinal"))
                .containsExactlyElementsOf(idsOf(a1, a2, b1));
        MeasureFilter open = new MeasureFilter(
                second,
                null,
                null,
                Set.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS),
                Set.of(),
                Set.of(),
                null,
                null,
                null);
        assertThat(ids(chifengUnit, open, null, "ordinal")).containsExactlyElementsOf(idsOf(a1, a2, b1));

        service.assign(
                office,
                b1.id(),
                b1.version(),
                new MeasureService.Assignment(id("通辽市"), List.of(), "负责人", b1.deadline(), b1.type()));
        assertThat(ids(chifengUnit, secondCampaign, null, "ordinal")).containsExactlyElementsOf(idsOf(a1, a2));
        assertThat(ids(userOf("通辽市", Role.UNIT), secondCampaign, null, "ordinal"))
                .containsExactly(b1.id());
    }

    @Test
    void everySortGivesTheSameOrderWithinTheCampaignAndAcrossCampaigns() {
        List<Long> ours = idsOf(chifeng, tongliaoWithChifeng, hongshan, horqin, committee);
        for (String sort : List.of("id", "deadline", "updated", "status", "warning", "ordinal")) {
            for (String spec : List.of(sort, "-" + sort)) {
                List<Long> inCampaign = ids(office, campaignOnly(), null, spec);
                List<Long> acrossCampaigns =
                        repository
                                .list(office, MeasureFilter.none(), null, MeasureSort.parse(spec), 0, 100_000)
                                .stream()
                                .map(v -> v.measure().id())
                                .filter(ours::contains)
                                .toList();
                assertThat(inCampaign).as(spec).hasSize(5);
                assertThat(acrossCampaigns).as(spec).containsExactlyElementsOf(inCampaign);
            }
        }
    }

    @Test
    void aUnitFilterNeverWidensWhatTheUserSees() {
        assertThat(ids(userOf("红山区", Role.UNIT), campaignOnly(), subtree(fixtures.org("赤峰市")), null))
                .containsExactlyElementsOf(idsOf(hongshan));
    }

    @Test
    void theOwningOfficeSeesEveryMeasureOfItsCampaign() {
        CurrentUser tongliaoOffice = fixtures.actor("通辽市", Role.OFFICE).user();
        long own = ledger.campaign(tongliaoOffice).id();
        long ownProblem = ledger.problem(tongliaoOffice, own).id();
        Measure inCounty = ledger.measure(tongliaoOffice, ownProblem, id("扎鲁特旗"));
        Measure unassigned = ledger.measure(tongliaoOffice, ownProblem, null);
        MeasureFilter ownCampaign = new MeasureFilter(own, null, null, Set.of(), Set.of(), Set.of(), null, null, null);
        assertThat(ids(tongliaoOffice, ownCampaign, null, null)).containsExactly(inCounty.id(), unassigned.id());
        assertThat(repository.visible(tongliaoOffice, unassigned.id())).isTrue();
        assertThat(repository.visible(userOf("扎鲁特旗", Role.UNIT), unassigned.id()))
                .isFalse();
        assertThat(repository.visible(userOf("赤峰市", Role.OFFICE), inCounty.id()))
                .isFalse();
        assertThat(ids(userOf("赤峰市", Role.OFFICE), ownCampaign, null, null)).isEmpty();
    }

    @Test
    void visibleAndResponsibleFollowTheSubtree() {
        CurrentUser chifengUnit = userOf("赤峰市", Role.UNIT);
        assertThat(repository.visible(chifengUnit, hongshan.id())).isTrue();
        assertThat(repository.visible(chifengUnit, tongliaoWithChifeng.id())).isTrue();
        assertThat(repository.visible(chifengUnit, horqin.id())).isFalse();
        assertThat(repository.responsible(chifengUnit, tongliaoWithChifeng.id()))
                .isTrue();
        assertThat(repository.responsible(chifengUnit, horqin.id())).isFalse();
        // The region's subtree holds every unit.
        assertThat(repository.visible(office, horqin.id())).isTrue();
        assertThat(repository.responsible(office, horqin.id())).isTrue();
        assertThat(repository.responsible(userOf("自治区党委", Role.UNIT), horqin.id()))
                .isFalse();
    }

    @Test
    void findsAMeasureWithItsCoUnits() {
        Measure found = repository.find(tongliaoWithChifeng.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(tongliaoWithChifeng);
        assertThat(found.createdAt())
                .isCloseTo(
                        tongliaoWithChifeng.createdAt(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
        assertThat(repository.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    @Transactional
    void updateWritesOnlyOverTheVersionRead() {
        Measure stored = repository.find(horqin.id()).orElseThrow();
        Measure changed = stored.assign(
                id("扎鲁特旗"), List.of(id("科尔沁区"), id("通辽市")), "王五", today.plusDays(30), MeasureType.IMMEDIATE);
        assertThat(repository.update(changed, Instant.now())).isTrue();
        Measure reread = repository.find(horqin.id()).orElseThrow();
        assertThat(reread.version()).isEqualTo(stored.version() + 1);
        assertThat(reread.leadOrgId()).isEqualTo(id("扎鲁特旗"));
        assertThat(reread.coUnitIds()).containsExactlyInAnyOrder(id("科尔沁区"), id("通辽市"));
        assertThat(reread.responsibleLeader()).isEqualTo("王五");
        assertThat(reread.deadline()).isEqualTo(today.plusDays(30));
        assertThat(repository.update(changed, Instant.now()))
                .as("stale version")
                .isFalse();
        assertThat(repository.find(horqin.id()).orElseThrow().version()).isEqualTo(stored.version() + 1);
    }

    @Test
    @Transactional
    void insertStoresEveryFieldAndNumbersMeasuresWithinTheProblem() {
        int ordinal = repository.nextOrdinal(problem);
        assertThat(ordinal).isEqualTo(6);
        Instant created = Instant.parse("2021-06-01T08:00:00Z");
        long id = repository.insert(new Measure(
                0,
                campaign,
                problem,
                ordinal,
                "标题",
                "正文",
                id("乌海市"),
                List.of(id("包头市")),
                "赵六",
                LocalDate.of(2021, 12, 31),
                MeasureType.DEADLINE,
                MeasureStatus.NOT_STARTED,
                WarningLevel.RED,
                null,
                created,
                0));
        Measure stored = repository.find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("标题");
        assertThat(stored.body()).isEqualTo("正文");
        assertThat(stored.coUnitIds()).containsExactly(id("包头市"));
        assertThat(stored.warning()).isEqualTo(WarningLevel.RED);
        assertThat(stored.createdAt()).isEqualTo(created);
        assertThat(stored.version()).isZero();
        assertThat(repository.nextOrdinal(problem)).isEqualTo(7);
        assertThat(repository.hasAcceptedReport(id)).isFalse();
    }

    @Test
    @Transactional
    void updatesTheStoredWarningOnlyWhenItChanges() {
        assertThat(repository.updateWarning(hongshan.id(), WarningLevel.GREEN)).isZero();
        assertThat(repository.updateWarning(hongshan.id(), WarningLevel.YELLOW)).isOne();
        Measure reread = repository.find(hongshan.id()).orElseThrow();
        assertThat(reread.warning()).isEqualTo(WarningLevel.YELLOW);
        assertThat(reread.version()).as("nobody edited").isEqualTo(hongshan.version());
    }

    @Test
    void unfinishedAfterSkipsDoneAndClosedWork() {
        List<Long> unfinished = repository.unfinishedAfter(chifeng.id() - 1, 1000).stream()
                .map(Measure::id)
                .filter(idsOf(chifeng, tongliaoWithChifeng, hongshan, horqin, committee)::contains)
                .toList();
        assertThat(unfinished).containsExactlyElementsOf(idsOf(chifeng, hongshan, horqin, committee));
        assertThat(repository.unfinishedAfter(chifeng.id() - 1, 2)).hasSize(2);
    }
}
