package taizhang.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The results as a workbook: one row per unit with its score, rating, computed score, adjustment
 * and each rule's points; then every line of every breakdown. Streamed, so thousands of units keep
 * a few hundred rows in memory.
 */
final class AssessmentSheet {

    private AssessmentSheet() {}

    static byte[] write(Assessment a) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<RuleSetting> rules = a.settings().rules();
            Sheet results = workbook.createSheet("考核结果");
            results.createRow(0).createCell(0).setCellValue(a.campaignName() + " " + a.year() + "年度考核结果");
            results.getRow(0).getCell(0).setCellStyle(bold);
            Row header = results.createRow(1);
            String[] fixed = {"序号", "单位", "得分", "等次", "计算得分", "调整理由"};
            for (int i = 0; i < fixed.length; i++) {
                header.createCell(i).setCellValue(fixed[i]);
            }
            for (int i = 0; i < rules.size(); i++) {
                header.createCell(fixed.length + i)
                        .setCellValue(rules.get(i).rule().label() + "（"
                                + Scoring.plain(rules.get(i).weight()) + "）");
            }
            header.forEach(c -> c.setCellStyle(bold));
            int r = 2;
            for (UnitResult u : a.units()) {
                Row row = results.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue(u.name());
                row.createCell(2).setCellValue(u.score().doubleValue());
                row.createCell(3).setCellValue(u.rating().label());
                row.createCell(4).setCellValue(u.computedScore().doubleValue());
                row.createCell(5).setCellValue(u.adjusted() ? u.adjustment().reason() : "");
                for (int i = 0; i < rules.size(); i++) {
                    String rule = rules.get(i).rule().name();
                    int col = fixed.length + i;
                    u.computed().stream()
                            .filter(c -> c.rule().equals(rule))
                            .findFirst()
                            .ifPresent(c ->
                                    row.createCell(col).setCellValue(c.points().doubleValue()));
                }
                r++;
            }
            results.setColumnWidth(1, 30 * 256);
            results.setColumnWidth(5, 40 * 256);
            Sheet lines = workbook.createSheet("得分明细");
            Row head = lines.createRow(0);
            String[] columns = {"单位", "考核项目", "权重", "原始值", "得分", "计算说明"};
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i]);
                head.getCell(i).setCellStyle(bold);
            }
            r = 1;
            for (UnitResult u : a.units()) {
                for (Component c : u.components()) {
                    Row row = lines.createRow(r++);
                    row.createCell(0).setCellValue(u.name());
                    row.createCell(1).setCellValue(c.label());
                    row.createCell(2).setCellValue(c.weight().doubleValue());
                    row.createCell(3).setCellValue(c.value().doubleValue());
                    row.createCell(4).setCellValue(c.points().doubleValue());
                    row.createCell(5).setCellValue(c.detail());
                }
            }
            lines.setColumnWidth(0, 30 * 256);
            lines.setColumnWidth(5, 90 * 256);
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
