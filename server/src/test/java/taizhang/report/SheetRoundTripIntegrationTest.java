package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.evidence.EvidenceService;
import taizhang.ingest.ImportService;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.LedgerRemoval;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressService;
import taizhang.shared.ChineseScript;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12.3: the exported ledger goes out to the units and comes back edited. Its keyed rows
 * update their measures in place, field by field in the audit trail; what may not be changed
 * from a sheet is refused with the cell named, and then nothing at all is written.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SheetRoundTripIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    SheetImport sheets;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeasureService measures;

    @Autowired
    ProgressService progress;

    @Autowired
    AuditTrail audit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    SheetFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceService evidence;

    @Autowired
    LedgerRemoval removal;

    @Autowired
    JsonMapper json;

    /** 销号 as the office makes it: on an evidence file and the measure's accepted report. */
    private void close(CurrentUser office, long measureId) {
        evidence.upload(office, measureId, null, LedgerFixtures.evidenceFile());
        measures.close(office, measureId, measures.get(office, measureId).version());
    }

    @Test
    void theSeedLedgerComesBackWithFourEditsAsFourFieldEditsOfTheSameMeasures() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = seedCampaign(office.user());
        long closed = jdbc.sql("select min(id) from measure where campaign_id = :c and status = 'DONE'")
                .param("c", campaign)
                .query(Long.class)
                .single();
        close(office.user(), closed);
        Map<Long, Integer> versions = versions(campaign);
        byte[] exported = files.export(office.user(), campaign);

        List<Long> edited = new ArrayList<>();
        long chifeng = fixtures.org("赤峰市").id();
        byte[] sheet = SheetFiles.edit(exported, s -> {
            List<Row> open = SheetFiles.dataRows(s).stream()
                    .filter(r -> SheetFiles.measureId(r) != closed)
                    .filter(r -> !SheetFiles.text(r, LedgerColumn.TYPE).equals("长期坚持"))
                    .toList();
            SheetFiles.set(open.get(0), LedgerColumn.LEADER, "王某某");
            open.get(1).getCell(LedgerColumn.DEADLINE.ordinal()).setCellValue(LocalDate.of(2099, 6, 30));
            Row led = open.stream()
                    .skip(2)
                    .filter(r -> !SheetFiles.text(r, LedgerColumn.LEAD).equals("赤峰市"))
                    .findFirst()
                    .orElseThrow();
            SheetFiles.set(led, LedgerColumn.LEAD, "赤峰市");
            Row typed = open.stream()
                    .filter(r -> r != led)
                    .skip(2)
                    .filter(r -> SheetFiles.text(r, LedgerColumn.TYPE).equals("限期整改"))
                    .findFirst()
                    .orElseThrow();
            SheetFiles.set(typed, LedgerColumn.TYPE, "立行立改");
            List.of(open.get(0), open.get(1), led, typed).forEach(r -> edited.add(SheetFiles.measureId(r)));
        });
        long head = audit.latest(1).get(0).seq();

        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", campaign)
                        .file(new MockMultipartFile("file", "台账.xlsx", Download.XLSX.toString(), sheet))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updatedMeasures").value(4))
                .andExpect(jsonPath("$.changedFields").value(4))
                .andExpect(jsonPath("$.newMeasures").value(0))
                .andExpect(jsonPath("$.unchangedMeasures").value(78))
                .andExpect(jsonPath("$.notInSheet").value(0));

        assertThat(count("select count(*) from measure where campaign_id = :c", campaign))
                .isEqualTo(82);
        Map<Long, Integer> after = versions(campaign);
        versions.forEach((id, v) ->
                assertThat(after.get(id)).as("version of %d", id).isEqualTo(edited.contains(id) ? v + 1 : v));
        List<AuditEvent> events = eventsSince(head);
        assertThat(events).extracting(AuditEvent::action).containsOnly("measure.sheet-edit");
        assertThat(events).extracting(AuditEvent::objectId).containsExactlyInAnyOrderElementsOf(edited);
        assertThat(events)
                .extracting(AuditEvent::afterJson)
                .containsExactlyInAnyOrder(
                        "{\"责任人\":\"王某某\"}", "{\"整改时限\":\"2099-06-30\"}", "{\"牵头单位\":\"赤峰市\"}", "{\"整改类型\":\"立行立改\"}");
        Measure led = measures.get(office.user(), edited.get(2));
        assertThat(led.leadOrgId()).isEqualTo(chifeng);
        assertThat(unitRows(led.id())).isEqualTo(derivedUnitRows(led.id())).contains(chifeng);
        assertThat(measures.get(office.user(), edited.get(3)).type()).isEqualTo(MeasureType.IMMEDIATE);
        assertThat(measures.get(office.user(), closed).status()).isEqualTo(MeasureStatus.CLOSED);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aSheetExportedInEitherScriptComesBackWithItsOneEditAlone() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = seedCampaign(office.user());
        for (UnaryOperator<String> script :
                List.<UnaryOperator<String>>of(ChineseScript::traditional, ChineseScript::simplified)) {
            long reports = count(
                    "select count(*) from progress_report r join measure m on m.id = r.measure_id"
                            + " where m.campaign_id = :c",
                    campaign);
            long[] edited = new long[1];
            byte[] sheet = SheetFiles.edit(files.export(office.user(), campaign, script), s -> {
                Row first = SheetFiles.dataRows(s).get(0);
                SheetFiles.set(first, LedgerColumn.LEADER, script.apply("王某某" + System.nanoTime()));
                edited[0] = SheetFiles.measureId(first);
            });
            long head = audit.latest(1).get(0).seq();

            SheetImportResult result = files.importSheet(sheets, office.user(), campaign, sheet);

            assertThat(result.errors()).isEmpty();
            assertThat(result.updatedMeasures()).isEqualTo(1);
            assertThat(result.changedFields()).isEqualTo(1);
            assertThat(result.unchangedMeasures()).isEqualTo(81);
            assertThat(eventsSince(head))
                    .singleElement()
                    .satisfies(e -> assertThat(e.objectId()).isEqualTo(edited[0]));
            assertThat(count(
                            "select count(*) from progress_report r join measure m on m.id = r.measure_id"
                                    + " where m.campaign_id = :c",
                            campaign))
                    .isEqualTo(reports);
        }
    }

    @Test
    void anEditedOfficialTextCellChangesThatTextAloneWithOneAuditEvent() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = seedCampaign(office.user());
        Map<Long, Integer> versions = versions(campaign);
        byte[] exported = files.export(office.user(), campaign);
        String rewritten = "自治区每年公布一次全区最低标准，各盟市不得低于此标准。";
        long[] edited = new long[1];
        String[] oldText = new String[1];
        byte[] sheet = SheetFiles.edit(exported, s -> {
            Row row = SheetFiles.dataRows(s).stream()
                    .filter(r ->
                            !SheetFiles.text(r, LedgerColumn.BODY).equals(SheetFiles.text(r, LedgerColumn.MEASURE)))
                    .skip(3)
                    .findFirst()
                    .orElseThrow();
            edited[0] = SheetFiles.measureId(row);
            oldText[0] = SheetFiles.text(row, LedgerColumn.BODY);
            SheetFiles.set(row, LedgerColumn.BODY, rewritten);
        });
        Measure before = measures.get(office.user(), edited[0]);
        assertThat(before.body()).as("the column holds the official text").isEqualTo(oldText[0]);
        long head = audit.latest(1).get(0).seq();

        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", campaign)
                        .file(new MockMultipartFile("file", "台账.xlsx", Download.XLSX.toString(), sheet))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updatedMeasures").value(1))
                .andExpect(jsonPath("$.changedFields").value(1))
                .andExpect(jsonPath("$.progressReports").value(0))
                .andExpect(jsonPath("$.unchangedMeasures").value(81));

        List<AuditEvent> events = eventsSince(head);
        assertThat(events).hasSize(1);
        AuditEvent event = events.get(0);
        assertThat(event.action()).isEqualTo("measure.sheet-edit");
        assertThat(event.objectId()).isEqualTo(edited[0]);
        assertThat(json.readTree(event.beforeJson()).properties())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.getKey()).isEqualTo("措施正文");
                    assertThat(f.getValue().asString()).isEqualTo(before.body());
                });
        assertThat(event.afterJson()).isEqualTo("{\"措施正文\":\"" + rewritten + "\"}");
        Measure after = measures.get(office.user(), edited[0]);
        assertThat(after.body()).isEqualTo(rewritten);
        assertThat(after.title()).isEqualTo(before.title());
        Map<Long, Integer> now = versions(campaign);
        versions.forEach(
                (id, v) -> assertThat(now.get(id)).as("version of %d", id).isEqualTo(id == edited[0] ? v + 1 : v));
        String page = mvc.perform(get("/measures/{id}", edited[0]).header("Authorization", office.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("the measure page's text").contains("<p class=\"body-text\">" + rewritten + "</p>");
        SheetFiles.edit(
                files.export(office.user(), campaign),
                s -> assertThat(SheetFiles.dataRows(s))
                        .filteredOn(r -> SheetFiles.measureId(r) == edited[0])
                        .singleElement()
                        .satisfies(r -> assertThat(SheetFiles.text(r, LedgerColumn.BODY))
                                .isEqualTo(rewritten)));
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEmptyOfficialTextCellLeavesTheTextAsItIs() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        Map<Long, Integer> versions = versions(sample.campaign());
        byte[] sheet = SheetFiles.edit(files.export(office.user(), sample.campaign()), s -> {
            Row row = SheetFiles.dataRows(s).get(1);
            row.removeCell(row.getCell(LedgerColumn.BODY.ordinal()));
        });
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), sheet);

        assertThat(result.unchangedMeasures()).isEqualTo(3);
        assertThat(result.changedFields()).isZero();
        assertThat(measures.get(office.user(), sample.ids().get(1)).body()).isEqualTo("措施正文：强化干部教育培训");
        assertThat(versions(sample.campaign())).isEqualTo(versions);
        assertThat(audit.latest(1).get(0).seq()).isEqualTo(head);
    }

    @Test
    void aMeasureWithoutATextOfItsOwnShowsItsWordingAndAWordingEditLeavesItWithout() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        long bare = sample.ids().get(1);
        ledger.rewriteText(office.user(), bare, "");
        assertThat(measures.get(office.user(), bare).body()).isNull();
        byte[] sheet = SheetFiles.edit(files.export(office.user(), sample.campaign()), s -> {
            Row row = SheetFiles.dataRows(s).get(1);
            assertThat(SheetFiles.text(row, LedgerColumn.BODY)).isEqualTo("强化干部教育培训");
            SheetFiles.set(row, LedgerColumn.MEASURE, "强化干部教育培训和实践锻炼");
        });

        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), sheet);

        assertThat(result.changedFields()).isEqualTo(1);
        Measure after = measures.get(office.user(), bare);
        assertThat(after.title()).isEqualTo("强化干部教育培训和实践锻炼");
        assertThat(after.body())
                .as("the wording that stood for the text is not stored as one")
                .isNull();
    }

    @Test
    void theOfficialTextOfAClosedMeasureOrOfOneChangedSinceTheExportIsRefusedNamingItsCell() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        close(office.user(), sample.ids().get(0));
        byte[] exported = files.export(office.user(), sample.campaign());
        long changed = sample.ids().get(1);
        ledger.rewriteText(office.user(), changed, "办公室后来写的正文。");
        byte[] sheet = SheetFiles.edit(exported, s -> {
            SheetFiles.set(SheetFiles.dataRows(s).get(0), LedgerColumn.BODY, "改写已销号措施的正文");
            SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.BODY, "表格里改的正文");
        });

        assertRefused(
                office.user(),
                sample,
                sheet,
                Map.of(ref(LedgerColumn.BODY, 3), "已销号的措施不能再修改", ref(LedgerColumn.BODY, 4), "措施正文现为“办公室后来写的正文。”"));
    }

    @Test
    void anOfficialTextOverTheLimitIsRefusedNamingItsCell() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        // Excel holds at most 32,767 characters a cell; a file written by other tools may hold more.
        String placeholder = "超长正文占位";
        byte[] sheet = SheetFiles.replaced(
                SheetFiles.edit(
                        files.export(office.user(), sample.campaign()),
                        s -> SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.BODY, placeholder)),
                placeholder,
                // Varied characters: a run of one character would inflate past the zip-bomb guard.
                new java.util.Random(1)
                        .ints(Measure.MAX_BODY + 1, 0x4E00, 0x9FA5)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());

        assertRefused(office.user(), sample, sheet, Map.of(ref(LedgerColumn.BODY, 4), "措施正文不能超过 100000 字"));
    }

    @Test
    void aRowWithoutAKeyIsAddedUnderTheProblemAboveAndChangesNothingElse() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        byte[] sheet = SheetFiles.edit(files.export(office.user(), sample.campaign()), s -> {
            Row row = s.createRow(s.getLastRowNum() + 1);
            SheetFiles.set(row, LedgerColumn.MEASURE, "新增一项措施");
            SheetFiles.set(row, LedgerColumn.LEAD, "通辽市");
            SheetFiles.set(row, LedgerColumn.STATUS, "推进中");
        });
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), sheet);

        assertThat(result.newMeasures()).isEqualTo(1);
        assertThat(result.updatedMeasures()).isZero();
        assertThat(result.unchangedMeasures()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select p.number || '-' || m.ordinal || ' ' || m.status from measure m join problem p on p.id = m.problem_id
                where m.title = '新增一项措施' and m.campaign_id = :c""")
                        .param("c", sample.campaign())
                        .query(String.class)
                        .single())
                .isEqualTo("2-2 IN_PROGRESS");
        assertThat(eventsSince(head)).extracting(AuditEvent::action).containsExactly("measure.create");
    }

    @Test
    void aKeyOfAnotherCampaignOrOfAMeasureOutsideTheImportersReachIsRefusedNamingTheCell() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        Sample other = sample(office.user());
        String otherKey =
                SheetFiles.keys(files.export(office.user(), other.campaign())).get(0);
        byte[] foreign = SheetFiles.edit(
                files.export(office.user(), sample.campaign()),
                s -> SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.KEY, otherKey));

        assertRefused(office.user(), sample, foreign, Map.of(ref(LedgerColumn.KEY, 4), "另一个整改任务"));

        Actor cityOffice = fixtures.actor("赤峰市", Role.OFFICE);
        Campaign city = ledger.campaign(cityOffice.user());
        long problem = campaigns
                .addProblem(cityOffice.user(), city.id(), null, 1, "市里的问题", null, null)
                .id();
        ledger.measure(cityOffice.user(), problem, fixtures.org("赤峰市").id());
        Sample citySample = new Sample(city.id(), List.of());
        byte[] forged = SheetFiles.edit(
                files.export(cityOffice.user(), city.id()),
                s -> SheetFiles.set(
                        SheetFiles.dataRows(s).get(0),
                        LedgerColumn.KEY,
                        "TZ-" + city.id() + "-" + sample.ids().get(0) + "-v0"));

        assertRefused(cityOffice.user(), citySample, forged, Map.of(ref(LedgerColumn.KEY, 3), "没有这项措施"));
    }

    @Test
    void aRowMayNameAUnitOutsideTheImportersSubtreeOnlyIfItAlreadyDid() throws Exception {
        Actor region = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Actor cityOffice = fixtures.actor("赤峰市", Role.OFFICE);
        Campaign city = ledger.campaign(cityOffice.user());
        long problem = campaigns
                .addProblem(cityOffice.user(), city.id(), null, 1, "市里的问题", null, null)
                .id();
        // The region's office, above the city's, assigned a unit the city's office does not reach.
        ledger.measure(
                region.user(),
                problem,
                "跨盟市协作",
                fixtures.org("通辽市").id(),
                List.of(),
                LocalDate.of(2099, 1, 1),
                MeasureType.DEADLINE);
        ledger.measure(
                cityOffice.user(),
                problem,
                "本市措施",
                fixtures.org("赤峰市").id(),
                List.of(),
                LocalDate.of(2099, 1, 1),
                MeasureType.DEADLINE);
        byte[] exported = files.export(cityOffice.user(), city.id());

        SheetImportResult unchanged = files.importSheet(sheets, cityOffice.user(), city.id(), exported);
        assertThat(unchanged.unchangedMeasures()).isEqualTo(2);
        byte[] moved = SheetFiles.edit(
                exported, s -> SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.LEAD, "通辽市"));
        assertRefused(
                cityOffice.user(),
                new Sample(city.id(), List.of()),
                moved,
                Map.of(ref(LedgerColumn.LEAD, 4), "不在本单位及下级单位中"));
    }

    @Test
    void theSameKeyTwiceIsRefusedNamingBothCells() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        byte[] sheet = SheetFiles.edit(files.export(office.user(), sample.campaign()), s -> {
            List<Row> rows = SheetFiles.dataRows(s);
            SheetFiles.set(rows.get(2), LedgerColumn.KEY, SheetFiles.text(rows.get(0), LedgerColumn.KEY));
            SheetFiles.set(rows.get(2), LedgerColumn.MEASURE, "复制来的新措施");
        });

        assertRefused(
                office.user(),
                sample,
                sheet,
                Map.of(ref(LedgerColumn.KEY, 3), "与第 5 行的系统编号相同", ref(LedgerColumn.KEY, 5), "与第 3 行的系统编号相同"));
    }

    @Test
    void aCellOfAMeasureChangedSinceTheExportIsRefusedWhereItDiffersFromTheMeasureNow() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        byte[] exported = files.export(office.user(), sample.campaign());
        long changed = sample.ids().get(0);
        Measure m = measures.get(office.user(), changed);
        measures.assign(
                office.user(),
                changed,
                m.version(),
                new MeasureService.Assignment(m.leadOrgId(), m.coUnitIds(), "后来的责任人", m.deadline(), m.type()));
        byte[] stale = SheetFiles.edit(exported, s -> {
            SheetFiles.dataRows(s)
                    .get(0)
                    .getCell(LedgerColumn.DEADLINE.ordinal())
                    .setCellValue(LocalDate.of(2030, 1, 1));
            SheetFiles.set(SheetFiles.dataRows(s).get(2), LedgerColumn.LEADER, "别的责任人");
        });

        assertRefused(
                office.user(),
                sample,
                stale,
                Map.of(ref(LedgerColumn.LEADER, 3), "请重新导出台账", ref(LedgerColumn.DEADLINE, 3), "请重新导出台账"));

        byte[] agreeing = SheetFiles.edit(
                exported, s -> SheetFiles.set(SheetFiles.dataRows(s).get(0), LedgerColumn.LEADER, "后来的责任人"));
        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), agreeing);
        assertThat(result.unchangedMeasures()).isEqualTo(3);
    }

    @Test
    void aDeletedRowDeletesNothingAndIsReportedByItsCode() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        Map<Long, Integer> versions = versions(sample.campaign());
        byte[] sheet = SheetFiles.edit(files.export(office.user(), sample.campaign()), s -> {
            s.removeRow(SheetFiles.dataRows(s).get(1));
            s.shiftRows(LedgerSheet.HEADER_ROW + 3, s.getLastRowNum(), -1);
        });
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), sheet);

        assertThat(result.notInSheet()).isEqualTo(1);
        assertThat(result.notInSheetCodes()).containsExactly("1-2");
        assertThat(result.unchangedMeasures()).isEqualTo(2);
        assertThat(versions(sample.campaign())).isEqualTo(versions);
        assertThat(audit.latest(1).get(0).seq()).isEqualTo(head);
    }

    @Test
    void sortingTheRowsChangesNothing() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        Map<Long, Integer> versions = versions(sample.campaign());
        byte[] sorted = SheetFiles.reversed(files.export(office.user(), sample.campaign()));
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), sorted);

        assertThat(result.written()).isTrue();
        assertThat(result.unchangedMeasures()).isEqualTo(3);
        assertThat(result.updatedMeasures() + result.newMeasures() + result.notInSheet())
                .isZero();
        assertThat(versions(sample.campaign())).isEqualTo(versions);
        assertThat(audit.latest(1).get(0).seq()).isEqualTo(head);
    }

    @Test
    void statusIsNotSetFromTheSheetAndANewRowCannotBeClosed() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        byte[] sheet = SheetFiles.edit(files.export(office.user(), sample.campaign()), s -> {
            SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.STATUS, "已完成");
            Row row = s.createRow(s.getLastRowNum() + 1);
            SheetFiles.set(row, LedgerColumn.MEASURE, "一项新措施");
            SheetFiles.set(row, LedgerColumn.STATUS, "已销号");
        });

        assertRefused(
                office.user(),
                sample,
                sheet,
                Map.of(ref(LedgerColumn.STATUS, 4), "完成情况须在系统中办理", ref(LedgerColumn.STATUS, 6), "新增的措施不能直接销号"));
    }

    @Test
    void aClosedMeasureCannotBeChangedFromTheSheet() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        long done = sample.ids().get(0);
        close(office.user(), done);
        byte[] sheet = SheetFiles.edit(
                files.export(office.user(), sample.campaign()),
                s -> SheetFiles.set(SheetFiles.dataRows(s).get(0), LedgerColumn.LEADER, "新的责任人"));

        assertRefused(office.user(), sample, sheet, Map.of(ref(LedgerColumn.LEADER, 3), "已销号的措施不能再修改"));
    }

    @Test
    void aRowKeyedToAMeasureRemovedSinceTheExportIsRefusedNamingItsRow() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        long removed = sample.ids().get(1);
        byte[] exported = files.export(office.user(), sample.campaign());
        removal.removeMeasure(
                office.user(), removed, measures.get(office.user(), removed).version(), "重复录入");
        byte[] sheet = SheetFiles.edit(
                exported, s -> SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.LEADER, "新的责任人"));

        assertRefused(office.user(), sample, sheet, Map.of(ref(LedgerColumn.KEY, 4), "已被移除"));
    }

    @Test
    void aNewProgressTextBecomesAnAcceptedReportWithoutMovingTheStatus() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Sample sample = sample(office.user());
        long open = sample.ids().get(1);
        byte[] sheet = SheetFiles.edit(
                files.export(office.user(), sample.campaign()),
                s -> SheetFiles.set(SheetFiles.dataRows(s).get(1), LedgerColumn.PROGRESS, "已召开推进会2次。"));
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = files.importSheet(sheets, office.user(), sample.campaign(), sheet);

        assertThat(result.progressReports()).isEqualTo(1);
        assertThat(result.updatedMeasures()).isEqualTo(1);
        assertThat(result.changedFields()).isZero();
        assertThat(measures.get(office.user(), open).status()).isEqualTo(MeasureStatus.NOT_STARTED);
        assertThat(progress.forMeasure(office.user(), open))
                .extracting(r -> r.body())
                .containsExactly("已召开推进会2次。");
        assertThat(eventsSince(head))
                .extracting(AuditEvent::action)
                .containsExactly("report.import", "measure.report-accepted");
    }

    private void assertRefused(CurrentUser user, Sample sample, byte[] sheet, Map<String, String> cells)
            throws Exception {
        Map<Long, Integer> versions = versions(sample.campaign());
        long measuresBefore = count("select count(*) from measure where campaign_id = :c", sample.campaign());
        long head = audit.latest(1).get(0).seq();

        SheetImportResult result = files.importSheet(sheets, user, sample.campaign(), sheet);

        assertThat(result.written()).isFalse();
        assertThat(result.errors()).extracting(CellError::cell).containsExactlyInAnyOrderElementsOf(cells.keySet());
        result.errors().forEach(e -> assertThat(e.message()).as(e.cell()).contains(cells.get(e.cell())));
        assertThat(versions(sample.campaign())).isEqualTo(versions);
        assertThat(count("select count(*) from measure where campaign_id = :c", sample.campaign()))
                .isEqualTo(measuresBefore);
        assertThat(audit.latest(1).get(0).seq()).isEqualTo(head);
    }

    /** The cell of a column in a sheet row, 1-based as Excel numbers rows. */
    private static String ref(LedgerColumn column, int row) {
        return SheetLayout.letters(column.ordinal()) + row;
    }

    /** A campaign of three measures: 1-1 done with an accepted report, 1-2 not started, 2-1 continuing. */
    private record Sample(long campaign, List<Long> ids) {}

    private Sample sample(CurrentUser office) {
        Campaign campaign = ledger.campaign(office);
        long first = campaigns
                .addProblem(office, campaign.id(), null, 1, "第一个问题", null, null)
                .id();
        long second = campaigns
                .addProblem(office, campaign.id(), null, 2, "第二个问题", null, null)
                .id();
        long chifeng = fixtures.org("赤峰市").id();
        Measure done = ledger.measure(
                office,
                first,
                "全面落实主体责任",
                fixtures.org("自治区纪委监委").id(),
                List.of(chifeng),
                LocalDate.of(2021, 12, 31),
                MeasureType.DEADLINE);
        progress.recordImported(office, done.id(), "2021-09", "召开专题会议3次，整改完成。", MeasureStatus.DONE);
        Measure open = ledger.measure(
                office, first, "强化干部教育培训", chifeng, List.of(), LocalDate.of(2099, 1, 1), MeasureType.DEADLINE);
        Measure continuing =
                ledger.measure(office, second, "深化供给侧结构性改革", chifeng, List.of(), null, MeasureType.CONTINUING);
        return new Sample(campaign.id(), List.of(done.id(), open.id(), continuing.id()));
    }

    /** The seed report imported and accepted as a campaign of its own, as the demo does. */
    private long seedCampaign(CurrentUser office) {
        byte[] seed = (new String(SeedCampaign.seed(), StandardCharsets.UTF_8) + "\n" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        var upload = imports.upload(office, seed, "seed.txt", "text/plain", null, "往返测试-" + System.nanoTime(), 2021);
        return imports.accept(office, upload.record().id(), upload.record().version())
                .campaignId();
    }

    /** The audit events after {@code head}, oldest first. */
    private List<AuditEvent> eventsSince(long head) {
        List<AuditEvent> events =
                new ArrayList<>(audit.latest((int) (audit.latest(1).get(0).seq() - head)));
        java.util.Collections.reverse(events);
        return events;
    }

    private Map<Long, Integer> versions(long campaign) {
        Map<Long, Integer> versions = new HashMap<>();
        jdbc.sql("select id, version from measure where campaign_id = :c")
                .param("c", campaign)
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getInt(2));
                });
        return versions;
    }

    private long count(String sql, long campaign) {
        return jdbc.sql(sql).param("c", campaign).query(Long.class).single();
    }

    private Set<Long> unitRows(long measure) {
        return jdbc
                .sql("select org_id from measure_unit where measure_id = :m")
                .param("m", measure)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** What {@code MeasureRepository} derives for a measure from its lead and co-units, computed by the database. */
    private Set<Long> derivedUnitRows(long measure) {
        return jdbc.sql("""
                select distinct a.id from measure m, organisation a join organisation u on u.path like a.path || '%'
                where m.id = :m and a.parent_id is not null
                  and (u.id = m.lead_org_id or u.id in (select org_id from measure_co_unit where measure_id = :m))""").param("m", measure).query(Long.class).list().stream()
                .collect(Collectors.toSet());
    }
}
