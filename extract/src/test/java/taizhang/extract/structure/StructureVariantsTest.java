package taizhang.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.DevelopmentSet;

class StructureVariantsTest {

    @Test
    void readsFullWidthParenthesisedSections() {
        Structure s = SeedStructureTest.parse("（一）关于民族工作\n1.全面加强民族工作。一是落实责任。二是强化培训。\n2.推进治理。一是完善制度。");
        assertThat(s.sections())
                .extracting(Section::label, Section::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("（一）", "关于民族工作"));
        assertThat(outline(s)).containsExactly("1 全面加强民族工作: 1 落实责任, 2 强化培训", "2 推进治理: 1 完善制度");
    }

    @Test
    void readsCommaSectionsAndParenthesisedProblems() {
        Structure s = SeedStructureTest.parse("一、总体情况\n（1）加强领导。一是建立机制。\n（2）压实责任。一是明确分工。二是定期调度。");
        assertThat(s.sections()).extracting(Section::label).containsExactly("一、");
        assertThat(outline(s)).containsExactly("1 加强领导: 1 建立机制", "2 压实责任: 1 明确分工, 2 定期调度");
    }

    @Test
    void restartsProblemNumbersInEachSection() {
        Structure s = SeedStructureTest.parse("(一)第一部分\n1.甲问题。一是甲一。\n2.乙问题。一是乙一。\n(二)第二部分\n1.丙问题。一是丙一。二是丙二。");
        assertThat(s.sections()).extracting(Section::title).containsExactly("第一部分", "第二部分");
        assertThat(s.problems()).extracting(Problem::section).containsExactly(0, 0, 1);
        assertThat(outline(s)).containsExactly("1 甲问题: 1 甲一", "2 乙问题: 1 乙一", "1 丙问题: 1 丙一, 2 丙二");
    }

    @Test
    void readsProblemsWithoutASectionLevel() {
        Structure s = SeedStructureTest.parse("整改情况如下:\n1、全面加强民族工作。一是落实责任。二是强化培训。\n2、推进治理。第一,完善制度。第二,强化执法。");
        assertThat(s.sections()).isEmpty();
        assertThat(s.problems()).extracting(Problem::section).containsExactly(-1, -1);
        assertThat(outline(s)).containsExactly("1 全面加强民族工作: 1 落实责任, 2 强化培训", "2 推进治理: 1 完善制度, 2 强化执法");
    }

    @Test
    void keepsFiguresAndInlineListsOutOfTheOutline() {
        Structure s = SeedStructureTest.parse("1.加快发展。一是完成2.57万人培训,1、2月份开展3.5万次。二是推进。\n2.优化环境。一是改革。");
        assertThat(outline(s)).containsExactly("1 加快发展: 1 完成2.57万人培训,1、2月份开展3.5万次, 2 推进", "2 优化环境: 1 改革");
    }

    @Test
    void readsTheSeedWithAllLineBreaksRemoved() {
        String seed = DevelopmentSet.seedText();
        assertThat(outline(SeedStructureTest.parse(seed.replace("\n", ""))))
                .isEqualTo(outline(SeedStructureTest.parse(seed)));
        assertThat(SeedStructureTest.parse(seed.replace("\n", "")).sections())
                .extracting(Section::title)
                .containsExactly("堅持黨的全面領導,堅決貫徹落實黨的路線方針政策和黨中央重大決策部署");
    }

    @Test
    void readsTheSeedWithALineBreakAfterEveryClause() {
        String seed = DevelopmentSet.seedText();
        String wrapped = seed.replaceAll("([。,，;；:：、])", "$1\n");
        Structure s = SeedStructureTest.parse(wrapped);
        assertThat(outline(s)).isEqualTo(outline(SeedStructureTest.parse(seed)));
        assertThat(s.measureCount()).isEqualTo(82);
    }

    @Test
    void readsWindowsLineBreaksAndIndentation() {
        Structure s = SeedStructureTest.parse("（一）标题\r\n　　1.问题甲。一是措施A。\r\n　　2.问题乙。一是措施B。\r\n");
        assertThat(outline(s)).containsExactly("1 问题甲: 1 措施A", "2 问题乙: 1 措施B");
        assertThat(s.problems().get(0).text()).isEqualTo("1.问题甲。一是措施A。");
    }

    private static List<String> outline(Structure s) {
        return s.problems().stream()
                .map(p -> p.number() + " " + p.title() + ": "
                        + String.join(
                                ", ",
                                p.measures().stream()
                                        .map(m -> m.ordinal() + " " + m.title())
                                        .toList()))
                .toList();
    }
}
