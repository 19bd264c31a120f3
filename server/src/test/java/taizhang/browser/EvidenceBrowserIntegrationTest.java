package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.evidence.EvidenceFile;
import taizhang.evidence.EvidenceService;
import taizhang.ledger.Measure;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 佐证材料 from the measure page in a real browser: the lead unit uploads a PDF, which joins the list
 * without the page reloading; a file of a kind the ledger does not keep is refused beside the form,
 * and nothing is stored for it.
 */
class EvidenceBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    EvidenceService evidence;

    @TempDir
    Path files;

    Actor unit;
    Measure measure;

    @BeforeEach
    void aMeasureLedByTheUnit() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        unit = fixtures.ownUnit("通辽市");
        long problem = ledger.problem(
                        office.user(), ledger.campaign(office.user()).id())
                .id();
        measure = ledger.measure(office.user(), problem, unit.user().organisationId());
        signIn(unit);
    }

    @Test
    void theUnitUploadsAPdfAndAFileOfAnotherKindIsRefusedBesideTheForm() throws Exception {
        MeasureScreen page = new MeasureScreen(browser, measure.id());
        assertThat(page.evidence()).isEmpty();

        Path pdf = files.resolve("验收报告.pdf");
        Files.writeString(pdf, "%PDF-1.4 验收报告", StandardCharsets.UTF_8);
        assertThat(page.uploadEvidence(pdf)).containsExactly("验收报告.pdf");
        assertThat(evidence.forMeasure(unit.user(), measure.id()))
                .extracting(EvidenceFile::fileName)
                .containsExactly("验收报告.pdf");

        Path script = files.resolve("说明.bat");
        Files.writeString(script, "echo 验收", StandardCharsets.UTF_8);
        assertThat(page.uploadEvidenceRefused(script))
                .isEqualTo("只接受 PDF、Word（docx、doc）、Excel（xlsx、xls）、JPG 和 PNG 文件：说明.bat");
        assertThat(page.evidence()).containsExactly("验收报告.pdf");
        assertThat(evidence.forMeasure(unit.user(), measure.id())).hasSize(1);
        assertThat(browser.cspViolations()).isEmpty();
    }
}
