package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import taizhang.ingest.ImportService;
import taizhang.ledger.Measure;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;

/**
 * The changes of a period start from the ledger the campaign's import founded: the seed's 82
 * imported measures are the baseline, not 82 new measures, while a measure the office adds later is
 * new.
 */
@DatabaseTest
@SpringBootTest
class ChangeBaselineIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    ImportService imports;

    @Autowired
    ChangeService changes;

    @Autowired
    StatisticsService statistics;

    @Test
    void theImportedSeedIsTheBaselineAndAMeasureAddedAfterItIsNew() {
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        // Its own copy of the seed (another text, so not refused as the same file): the shared one stays untouched.
        byte[] copy = (new String(SeedCampaign.seed(), StandardCharsets.UTF_8) + "\n基线" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        var upload =
                imports.upload(office, copy, "seed-report.txt", "text/plain", null, "基线测试" + System.nanoTime(), 2021);
        long campaign = imports.accept(
                        office, upload.record().id(), upload.record().version())
                .campaignId();
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate today = LocalDate.now();
        assertThat(statistics.statistics(office, campaign).measures().total()).isEqualTo(82);

        LedgerChanges sinceTheImport = changes.between(office, campaign, from, today);

        assertThat(sinceTheImport.newMeasures()).isEmpty();
        assertThat(sinceTheImport.statusChanges()).isEmpty();
        assertThat(sinceTheImport.summary()).contains("新增整改措施0项");

        Measure added = ledger.measure(office, ledger.problem(office, campaign).id(), null);
        LedgerChanges withTheAddition = changes.between(office, campaign, from, today);

        assertThat(withTheAddition.newMeasures())
                .extracting(LedgerChanges.NewMeasure::measureId)
                .containsExactly(added.id());
        assertThat(withTheAddition.summary()).contains("新增整改措施1项");
    }
}
