package taizhang.extract.input;

import java.time.LocalDateTime;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A sheet cell's text as a Chinese Excel shows it. Dates are the exception to POI's formatting:
 * format 14 follows the reader's locale (Excel in Chinese shows {@code 2021/9/30}, POI writes
 * {@code 9/30/21}), the Chinese built-in formats ({@code yyyy"年"m"月"d"日}) are unknown to POI, and
 * quoted words of custom formats keep their quotes there. A date is written {@code 2021年9月30日}
 * (or {@code 2021年9月} in a format that shows only the month), as ledgers write deadlines.
 */
final class CellText {

    /** Built-in formats of Chinese Excel that show a year and month only. */
    private static final Set<Integer> MONTH_FORMATS = Set.of(27, 36, 50, 52, 57);
    /** Format 14 and the Chinese built-in formats that show a day. */
    private static final Set<Integer> DAY_FORMATS = Set.of(14, 28, 29, 30, 31, 51, 53, 54, 58);

    private CellText() {}

    static String of(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.NUMERIC) {
            return formatter.formatCellValue(cell);
        }
        int format = cell.getCellStyle().getDataFormat();
        boolean month = MONTH_FORMATS.contains(format);
        if ((month || DAY_FORMATS.contains(format)) && cell.getNumericCellValue() >= 1) {
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            return t.getYear() + "年" + t.getMonthValue() + "月" + (month ? "" : t.getDayOfMonth() + "日");
        }
        String shown = formatter.formatCellValue(cell);
        return DateUtil.isCellDateFormatted(cell) ? shown.replace("\"", "") : shown;
    }
}
