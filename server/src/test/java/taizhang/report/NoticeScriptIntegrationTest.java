package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.extract.input.DocumentReader;
import taizhang.ingest.ImportService;
import taizhang.shared.ChineseScript;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;

/**
 * One script per document: the seed (imported in Traditional) exported as a Word notice and as the
 * statistics workbook in 简体 and in 繁體, read back with the extraction library's reader. Outside
 * quoted titles (《…》) no character is left that the converter would still change, and the place
 * names stay as they are (赤峰市, never 赤峯市).
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class NoticeScriptIntegrationTest {

    @Autowired
    ImportService imports;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void eachExportIsInOneScriptAsAWhole() throws Exception {
        Fixtures.Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = SeedCampaign.campaign(imports, office.user());
        String api = "/api/v1/campaigns/" + campaign;

        String hans = read(download(office, api + "/notice.docx?script=hans"), "notice.docx");
        String hant = read(download(office, api + "/notice.docx?script=hant"), "notice.docx");

        assertThat(otherScript(hans, ChineseScript::simplified)).isEmpty();
        assertThat(otherScript(hant, ChineseScript::traditional)).isEmpty();
        assertThat(hans).contains("一是全面落实主体责任").contains("现将有关情况通报如下").contains("赤峰市");
        assertThat(hant).contains("一是全面落實主體責任").contains("現將有關情況通報如下").contains("赤峰市");

        String sheet = read(download(office, api + "/statistics.xlsx?script=hant"), "statistics.xlsx");
        assertThat(otherScript(sheet, ChineseScript::traditional)).isEmpty();
        assertThat(sheet).contains("總體完成率");

        assertThat(download(office, api + "/notice.docx?script=latin").getStatus())
                .isEqualTo(400);
    }

    private MockHttpServletResponse download(Fixtures.Actor actor, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", actor.bearer()))
                .andReturn()
                .getResponse();
    }

    private static String read(MockHttpServletResponse response, String name) {
        assertThat(response.getStatus()).isEqualTo(200);
        return new DocumentReader()
                .read(response.getContentAsByteArray(), name, null)
                .text();
    }

    /** The characters, with a little context, that converting the text (titles in 《》 left out) would change. */
    static List<String> otherScript(String text, UnaryOperator<String> converter) {
        String outsideTitles = text.replaceAll("《[^》]*》", "《》");
        String converted = converter.apply(outsideTitles);
        assertThat(converted).hasSameSizeAs(outsideTitles);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < outsideTitles.length(); i++) {
            if (converted.charAt(i) != outsideTitles.charAt(i)) {
                found.add(outsideTitles.charAt(i) + "→" + converted.charAt(i) + " in "
                        + outsideTitles.substring(Math.max(0, i - 6), Math.min(outsideTitles.length(), i + 6)));
            }
        }
        return found;
    }
}
