package taizhang.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;

class FieldFinderTest {

    @Test
    void readsLabelledFieldsInAMeasure() {
        List<MeasureFields> fields =
                fields("1.落实就业政策。一是扩大就业。（牵头单位：自治区人社厅；配合单位：自治区财政厅、自治区教育厅；" + "责任领导：张三；完成时限：2021年底前）。二是立行立改，清理欠薪。");
        assertThat(fields).hasSize(2);
        MeasureFields first = fields.get(0);
        assertThat(first.leadUnits()).containsExactly("自治区人社厅");
        assertThat(first.coUnits()).containsExactly("自治区财政厅", "自治区教育厅");
        assertThat(first.leader()).isEqualTo("张三");
        assertThat(first.deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(first.type()).isEqualTo(MeasureFields.DeadlineType.DEADLINE);
        assertThat(fields.get(1).type()).isEqualTo(MeasureFields.DeadlineType.IMMEDIATE);
        assertThat(fields.get(1).deadline()).isNull();
    }

    @Test
    void fieldsInAProblemHeadingHoldForItsMeasures() {
        List<MeasureFields> fields = fields("""
                （一）关于就业政策落实不到位的问题（责任单位：自治区人社厅，完成时限：6月30日前）
                1.扩大就业。
                2.长期坚持，开展技能培训。
                """);
        assertThat(fields).extracting(MeasureFields::leadUnits).containsOnly(List.of("自治区人社厅"));
        assertThat(Extractor.extract("（一）关于就业政策落实不到位的问题（责任单位：自治区人社厅）\n1.扩大就业。\n", Hints.none())
                        .structure()
                        .problems()
                        .get(0)
                        .title())
                .isEqualTo("关于就业政策落实不到位的问题");
        assertThat(fields.get(0).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(fields.get(1).deadline()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void readsPhrasesThatNameTheLeadAndTheDeadline() {
        List<MeasureFields> fields = fields("1.落实就业政策。一是由自治区人社厅牵头，2022年6月底前完成整改。");
        assertThat(fields.get(0).leadUnits()).containsExactly("自治区人社厅");
        assertThat(fields.get(0).deadline()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void readsTheFieldsOfATableRow() {
        List<MeasureFields> fields = fields("序号\t问题描述\t整改措施\t牵头单位\t配合单位\t责任人\t整改时限\t完成情况\n"
                + "1\t会议记录不规范\t规范会议记录\t办公室\t综合科、财务科\t李四\t长期坚持\t已完成整改\n");
        MeasureFields f = fields.get(0);
        assertThat(f.leadUnits()).containsExactly("办公室");
        assertThat(f.coUnits()).containsExactly("综合科", "财务科");
        assertThat(f.person()).isEqualTo("李四");
        assertThat(f.type()).isEqualTo(MeasureFields.DeadlineType.CONTINUING);
        assertThat(f.progress()).isEqualTo("已完成整改");
    }

    @Test
    void readsTheHeaderWordsOfAuditAndInspectionLedgers() {
        // Column headers as audit-tracking and hazard ledgers word them (整改负责人, 整改结果).
        List<MeasureFields> fields =
                fields("序号\t存在问题\t整改措施\t整改负责人\t整改时限\t整改结果\n" + "1\t票据不规范\t修订报销制度\t王五\t立行立改\t已整改到位\n");
        MeasureFields f = fields.get(0);
        assertThat(f.person()).isEqualTo("王五");
        assertThat(f.type()).isEqualTo(MeasureFields.DeadlineType.IMMEDIATE);
        assertThat(f.progress()).isEqualTo("已整改到位");
    }

    @Test
    void anAndInsideAUnitsNameDoesNotPartIt() {
        List<MeasureFields> fields =
                fields("1.规范工程招投标。一是开展专项检查（牵头单位：县住房和城乡建设局和县财政局；" + "配合单位：县发展和改革局、县人力资源和社会保障局及各乡镇）。");
        assertThat(fields.get(0).leadUnits()).containsExactly("县住房和城乡建设局", "县财政局");
        assertThat(fields.get(0).coUnits()).containsExactly("县发展和改革局", "县人力资源和社会保障局", "各乡镇");
    }

    @Test
    void everyListedUnitComesThroughWhateverPartsThem() {
        List<MeasureFields> fields = fields("""
                1.落实就业政策。
                一是扩大就业（牵头单位：自治区人社厅，自治区财政厅；配合单位：自治区教育厅，自治区民政厅；责任领导：张三）。
                二是清理欠薪（牵头单位：自治区人社厅；配合单位：自治区司法厅；自治区总工会，2021年底前完成）。
                三是稳定岗位。配合单位：各盟市，自治区发展改革委、各旗县(市、区)
                """);
        assertThat(fields.get(0).leadUnits()).containsExactly("自治区人社厅", "自治区财政厅");
        assertThat(fields.get(0).coUnits()).containsExactly("自治区教育厅", "自治区民政厅");
        assertThat(fields.get(0).leader()).isEqualTo("张三");
        assertThat(fields.get(1).coUnits()).containsExactly("自治区司法厅", "自治区总工会");
        assertThat(fields.get(1).deadline()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(fields.get(2).coUnits()).containsExactly("各盟市", "自治区发展改革委", "各旗县(市、区)");
    }

    @Test
    void aUnitListEndsWhereTheNextLabelOrTheProseBegins() {
        List<MeasureFields> fields = fields("1.规范会议记录。一是完善制度。牵头单位：办公室，按期完成整改。配合单位：综合科 责任人：李四\n");
        assertThat(fields.get(0).leadUnits()).containsExactly("办公室");
        assertThat(fields.get(0).coUnits()).containsExactly("综合科");
        assertThat(fields.get(0).person()).isEqualTo("李四");
    }

    @Test
    void everyUnitOfATableCellComesThrough() {
        List<MeasureFields> fields =
                fields("序号\t问题描述\t整改措施\t牵头单位\t配合单位\t整改时限\n" + "1\t会议记录不规范\t规范会议记录\t办公室，财务科\t综合科；人事科、审计科,后勤中心\t长期坚持\n");
        assertThat(fields.get(0).leadUnits()).containsExactly("办公室", "财务科");
        assertThat(fields.get(0).coUnits()).containsExactly("综合科", "人事科", "审计科", "后勤中心");
    }

    private static List<MeasureFields> fields(String text) {
        return Extractor.extract(text, Hints.none().withReportYear(2021)).fields();
    }
}
