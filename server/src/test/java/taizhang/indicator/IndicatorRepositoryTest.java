package taizhang.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.Measure;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/** Indicators' SQL: exact numeric round trips, readings in order. Each test rolls back. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IndicatorRepositoryTest {

    private static final java.time.Instant NOW = java.time.Instant.parse("2021-10-01T02:00:00Z");

    @Autowired
    IndicatorRepository repository;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    long campaign;
    Measure measure;

    @BeforeEach
    void measure() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        campaign = ledger.campaign(office).id();
        measure = ledger.measure(
                office,
                ledger.problem(office, campaign).id(),
                fixtures.org("赤峰市").id());
    }

    @Test
    void storesTargetAndBaselineExactly() {
        long id = repository.insert(
                campaign, measure.id(), "新增新能源装机", "千瓦", new BigDecimal("10000000"), new BigDecimal("0.000001"));
        Indicator stored = repository.find(id).orElseThrow();
        assertThat(stored.campaignId()).isEqualTo(campaign);
        assertThat(stored.measureId()).isEqualTo(measure.id());
        assertThat(stored.name()).isEqualTo("新增新能源装机");
        assertThat(stored.unit()).isEqualTo("千瓦");
        assertThat(stored.target()).isEqualByComparingTo("10000000");
        assertThat(stored.target().toString()).isEqualTo("10000000");
        assertThat(stored.baseline()).isEqualByComparingTo("0.000001");
        assertThat(stored.version()).isZero();
    }

    @Test
    void aCampaignIndicatorHasNoMeasureAndMayHaveNoTarget() {
        long id = repository.insert(campaign, null, "受理办件", "件", null, null);
        Indicator stored = repository.find(id).orElseThrow();
        assertThat(stored.measureId()).isNull();
        assertThat(stored.target()).isNull();
        assertThat(stored.baseline()).isNull();
        assertThat(repository.forCampaign(campaign)).extracting(Indicator::id).contains(id);
        assertThat(repository.forMeasure(measure.id()))
                .extracting(Indicator::id)
                .doesNotContain(id);
    }

    @Test
    void readingValuesRoundTripExactlyAtFullPrecision() {
        long id = repository.insert(campaign, measure.id(), "完成投资", "元", null, null);
        List<String> values = List.of("123456789012345678.123456", "-0.000001", "413.2", "0", "38277");
        for (String value : values) {
            repository.insertReading(id, "2021-08", new BigDecimal(value), "测试", null, NOW);
        }
        assertThat(repository.readings(id))
                .extracting(Reading::value)
                .zipSatisfy(values, (stored, written) -> assertThat(stored).isEqualByComparingTo(written));
    }

    @Test
    void readingValuesPrintPlainWithoutExponentOrTrailingZeros() {
        long id = repository.insert(campaign, measure.id(), "新增就业", "人", null, null);
        repository.insertReading(id, "2021-08", new BigDecimal("176000"), null, null, NOW);
        repository.insertReading(id, "2021-09", new BigDecimal("17.50"), null, null, NOW);
        assertThat(repository.readings(id))
                .extracting(r -> r.value().toString())
                .containsExactly("176000", "17.5");
    }

    @Test
    void readingsComeInPeriodOrderWithSourceAndTime() {
        long id = repository.insert(campaign, measure.id(), "宣讲场次", "场", new BigDecimal("40000"), null);
        long late = repository.insertReading(id, "2021-09", new BigDecimal("38277"), "通报", null, NOW);
        long early = repository.insertReading(id, "2021-03", new BigDecimal("1000"), null, null, NOW);
        List<Reading> readings = repository.readings(id);
        assertThat(readings).extracting(Reading::id).containsExactly(early, late);
        assertThat(readings.get(1).source()).isEqualTo("通报");
        assertThat(readings.get(1).indicatorId()).isEqualTo(id);
        assertThat(readings.get(1).reportId()).isNull();
        assertThat(readings.get(1).recordedAt()).isNotNull();
        assertThat(repository.readings(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void readingsComeInTimeOrderAcrossMonthsQuartersAndYears() {
        long id = repository.insert(campaign, measure.id(), "宣讲场次", "场", null, null);
        long december = repository.insertReading(id, "2021-12", new BigDecimal("12"), null, null, NOW);
        long firstQuarter = repository.insertReading(id, "2021-Q1", new BigDecimal("3"), null, null, NOW);
        long year = repository.insertReading(id, "2021", new BigDecimal("100"), null, null, NOW);
        assertThat(repository.readings(id)).extracting(Reading::id).containsExactly(firstQuarter, year, december);
        assertThat(repository.readingsOf(List.of(id, Long.MAX_VALUE)).get(id))
                .extracting(Reading::id)
                .containsExactly(firstQuarter, year, december);
    }

    @Test
    void listsAMeasuresIndicatorsInCreationOrder() {
        long first = repository.insert(campaign, measure.id(), "甲", "个", null, null);
        long second = repository.insert(campaign, measure.id(), "乙", "个", null, null);
        assertThat(repository.forMeasure(measure.id()))
                .extracting(Indicator::id)
                .containsExactly(first, second);
        assertThat(repository.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void readsSeveralMeasuresIndicatorsAtOnceByMeasureThenCreationOrder() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        Measure other =
                ledger.measure(office, measure.problemId(), fixtures.org("赤峰市").id());
        long otherFirst = repository.insert(campaign, other.id(), "丙", "个", null, null);
        long first = repository.insert(campaign, measure.id(), "甲", "个", new BigDecimal("40000"), null);
        long second = repository.insert(campaign, measure.id(), "乙", "件", null, null);
        long otherSecond = repository.insert(campaign, other.id(), "丁", "个", null, null);
        long whole = repository.insert(campaign, null, "受理办件", "件", null, null);

        List<Indicator> both = repository.forMeasures(List.of(other.id(), measure.id(), Long.MAX_VALUE));

        assertThat(both).extracting(Indicator::id).doesNotContain(whole);
        assertThat(both)
                .filteredOn(i -> i.measureId() == measure.id())
                .containsExactlyElementsOf(repository.forMeasure(measure.id()))
                .extracting(Indicator::id)
                .containsExactly(first, second);
        assertThat(both)
                .filteredOn(i -> i.measureId() == other.id())
                .extracting(Indicator::id)
                .containsExactly(otherFirst, otherSecond);
        assertThat(repository.forMeasures(List.of())).isEmpty();
    }
}
