package taizhang.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/** The words and dates offices write in a ledger's cells, read as the ledger's values. */
final class SheetValues {

    private static final Pattern DATE =
            Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?|月)?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    private SheetValues() {}

    /** A date written as text: 2021-12-31, 2021/12/31, 2021.12.31, 2021年12月31日, 20211231, 2021年12月 (its last day), or an Excel day number. */
    static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            Matcher m = DATE.matcher(t);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return m.group(3) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(m.group(3)));
            }
            Matcher compact = COMPACT_DATE.matcher(t);
            if (compact.matches()) {
                return LocalDate.of(
                        Integer.parseInt(compact.group(1)),
                        Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            if (t.matches("\\d{5}(\\.0+)?")) {
                double serial = Double.parseDouble(t);
                return serial > 20000 && serial < 80000
                        ? DateUtil.getLocalDateTime(serial).toLocalDate()
                        : null;
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    static Optional<MeasureType> type(String text) {
        for (MeasureType type : MeasureType.values()) {
            if (type.label().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** A non-blank 完成情况 cell, with the synonyms offices use. */
    static Optional<MeasureStatus> status(String text) {
        return Optional.ofNullable(
                switch (text) {
                    case "未启动", "未开始" -> MeasureStatus.NOT_STARTED;
                    case "推进中", "正在推进", "持续推进", "未完成", "整改中" -> MeasureStatus.IN_PROGRESS;
                    case "基本完成" -> MeasureStatus.SUBSTANTIALLY_DONE;
                    case "已完成", "完成", "已完成整改" -> MeasureStatus.DONE;
                    case "已销号" -> MeasureStatus.CLOSED;
                    default -> null;
                });
    }
}
