package taizhang.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics as a workbook: the sentences, then completion by problem and by unit. */
final class StatisticsSheet {

    private static final List<String> HEADERS = List.of("", "措施总数", "完成整改", "基本完成", "未完成", "完成率(%)");

    private StatisticsSheet() {}

    /** The workbook with every text in the script {@code script} converts to: headings, names and sentences. */
    static byte[] write(CompletionStatistics stats, UnaryOperator<String> script) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet overall = workbook.createSheet("总体情况");
            overall.createRow(0)
                    .createCell(0)
                    .setCellValue(stats.campaignName() + " 整改完成情况"
                            + (stats.cycleName() == null ? "" : "（" + stats.cycleName() + "）"));
            overall.getRow(0).getCell(0).setCellStyle(bold);
            overall.createRow(1).createCell(0).setCellValue(stats.problems().sentence());
            overall.createRow(2).createCell(0).setCellValue(stats.measures().sentence());
            overall.createRow(3).createCell(0).setCellValue(stats.reopenedSentence());
            if (stats.basis() != null) {
                overall.createRow(4).createCell(0).setCellValue(stats.basis());
            }
            overall.setColumnWidth(0, 100 * 256);

            Sheet problems = table(workbook, "按问题", "问题", bold);
            int r = 1;
            for (CompletionStatistics.ProblemRow row : stats.byProblem()) {
                tally(problems.createRow(r++), row.number() + "." + row.title(), row.measures());
            }
            tally(problems.createRow(r), "合计", stats.measures());
            Sheet units = table(workbook, "按牵头单位", "牵头单位", bold);
            r = 1;
            for (CompletionStatistics.UnitRow row : stats.byUnit()) {
                tally(units.createRow(r++), row.unit(), row.measures());
            }
            convert(workbook, script);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void convert(XSSFWorkbook workbook, UnaryOperator<String> script) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.setSheetName(i, script.apply(workbook.getSheetName(i)));
            for (Row row : workbook.getSheetAt(i)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        cell.setCellValue(script.apply(cell.getStringCellValue()));
                    }
                }
            }
        }
    }

    private static Sheet table(XSSFWorkbook workbook, String name, String label, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            header.createCell(i).setCellValue(i == 0 ? label : HEADERS.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private static void tally(Row row, String label, Tally t) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(t.total());
        row.createCell(2).setCellValue(t.completed());
        row.createCell(3).setCellValue(t.substantiallyDone());
        row.createCell(4).setCellValue(t.unfinished());
        row.createCell(5).setCellValue(t.rate().doubleValue());
    }
}
