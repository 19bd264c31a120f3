package taizhang.org;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import taizhang.shared.InvalidRequestException;

/**
 * The organisation tree as an Excel sheet: a header row naming 单位名称 and 上级单位 (and
 * optionally 类型 and 行政区划代码), then one organisation per row. A tree has hundreds of rows,
 * not millions, so the workbook is read whole; codes typed as numbers read as they show.
 */
final class OrgSheet {

    static final int MAX_ROWS = 5000;

    /** One row as written, numbered as Excel numbers it. */
    record Line(int number, String name, String parent, String kind, String code) {}

    private static final Map<String, String> HEADERS = Map.of(
            "单位名称", "name", "名称", "name", "单位", "name", "上级单位", "parent", "上级", "parent", "类型", "kind", "单位类型", "kind",
            "行政区划代码", "code");

    private OrgSheet() {}

    static List<Line> read(InputStream in) {
        try (Workbook book = WorkbookFactory.create(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw refused("工作簿中没有工作表");
            }
            return lines(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException refused) {
                throw refused;
            }
            throw refused("文件不是可读取的 Excel 工作簿（.xlsx 或 .xls）");
        }
    }

    private static List<Line> lines(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String field = HEADERS.get(format.formatCellValue(cell).strip());
                if (field != null) {
                    columns.putIfAbsent(field, cell.getColumnIndex());
                }
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("parent")) {
            throw refused("第一行应为表头，且包含“单位名称”和“上级单位”两列");
        }
        List<Line> lines = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Line line = new Line(
                    r + 1,
                    text(row, columns.get("name"), format),
                    text(row, columns.get("parent"), format),
                    text(row, columns.get("kind"), format),
                    text(row, columns.get("code"), format));
            if (!(line.name().isEmpty()
                    && line.parent().isEmpty()
                    && line.kind().isEmpty()
                    && line.code().isEmpty())) {
                lines.add(line);
            }
            if (lines.size() > MAX_ROWS) {
                throw refused("表格超过 " + MAX_ROWS + " 行，请拆分后导入");
            }
        }
        if (lines.isEmpty()) {
            throw refused("表格中除表头外没有单位");
        }
        return lines;
    }

    private static String text(Row row, Integer column, DataFormatter format) {
        if (row == null || column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    private static InvalidRequestException refused(String message) {
        return new InvalidRequestException("file", message);
    }
}
