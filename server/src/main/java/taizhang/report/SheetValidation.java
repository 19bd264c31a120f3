package taizhang.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/**
 * Checks the rows of an uploaded sheet one by one and turns each good one into an
 * {@link ImportLine}. An empty problem cell continues the problem above it, which is how a
 * merged problem cell reads. Every bad cell is named, not only the first of a row.
 */
final class SheetValidation {

    private static final Set<LedgerColumn> IMPORTED = EnumSet.of(LedgerColumn.PROBLEM, LedgerColumn.MEASURE,
            LedgerColumn.LEAD, LedgerColumn.CO_UNITS, LedgerColumn.LEADER, LedgerColumn.DEADLINE, LedgerColumn.TYPE,
            LedgerColumn.PROGRESS, LedgerColumn.STATUS);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})\\s*[.．、]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?|月)?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final String LIST_SPLIT = "[、，,；;/／\\s]+";

    private final SheetLayout layout;
    private final Map<String, Long> unitsByName;
    private final List<CellError> errors;
    private String problem;

    SheetValidation(SheetLayout layout, Map<String, Long> unitsByName, List<CellError> errors) {
        this.layout = layout;
        this.unitsByName = unitsByName;
        this.errors = errors;
    }

    /** The row as a line to write; empty for a blank row and for a bad one (its errors recorded). */
    Optional<ImportLine> check(SheetReader.Row row) {
        String problemText = layout.text(row, LedgerColumn.PROBLEM);
        String title = layout.text(row, LedgerColumn.MEASURE);
        if (problemText.isEmpty() && title.isEmpty() && layout.text(row, LedgerColumn.PROGRESS).isEmpty()) {
            return Optional.empty();
        }
        int before = errors.size();
        for (LedgerColumn column : IMPORTED) {
            layout.cell(row, column).filter(SheetReader.Cell::formula)
                    .ifPresent(cell -> error(row, column, cell.text(), "单元格含公式，请复制后“粘贴为数值”再导入"));
        }
        if (!problemText.isEmpty()) {
            problem = problemText;
        } else if (problem == null) {
            error(row, LedgerColumn.PROBLEM, "", "问题不能为空（合并单元格的首行须填写问题）");
        }
        if (title.isEmpty()) {
            error(row, LedgerColumn.MEASURE, "", "整改措施不能为空");
        } else if (title.length() > 1000) {
            error(row, LedgerColumn.MEASURE, title.substring(0, 20) + "…", "整改措施不能超过 1000 字");
        }
        Long lead = unit(row, LedgerColumn.LEAD, layout.text(row, LedgerColumn.LEAD));
        List<Long> coUnits = new ArrayList<>();
        for (String name : layout.text(row, LedgerColumn.CO_UNITS).split(LIST_SPLIT)) {
            Long id = unit(row, LedgerColumn.CO_UNITS, name);
            if (id != null && !coUnits.contains(id)) {
                coUnits.add(id);
            }
        }
        String leader = layout.text(row, LedgerColumn.LEADER);
        if (leader.length() > 100) {
            error(row, LedgerColumn.LEADER, leader.substring(0, 20) + "…", "责任人不能超过 100 字");
        }
        String deadlineText = layout.text(row, LedgerColumn.DEADLINE);
        boolean continuing = deadlineText.startsWith("长期");
        LocalDate deadline = continuing ? null : deadline(row, deadlineText);
        MeasureType type = type(row, continuing);
        if (type == MeasureType.CONTINUING && deadline != null) {
            error(row, LedgerColumn.DEADLINE, deadlineText, "长期坚持的措施不设整改时限");
        }
        MeasureStatus status = status(row);
        if (errors.size() > before || problem == null) {
            return Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(problem);
        Integer number = numbered.matches() ? Integer.valueOf(numbered.group(1)) : null;
        String problemTitle = numbered.matches() ? numbered.group(2).strip() : problem;
        if (problemTitle.length() > 1000) {
            error(row, LedgerColumn.PROBLEM, problemTitle.substring(0, 20) + "…", "问题不能超过 1000 字");
            return Optional.empty();
        }
        return Optional.of(new ImportLine(row.number(), number, problemTitle, title, lead, coUnits,
                leader.isEmpty() ? null : leader, deadline, type, layout.text(row, LedgerColumn.PROGRESS), status));
    }

    private Long unit(SheetReader.Row row, LedgerColumn column, String name) {
        String key = name.replaceAll("\\s", "");
        if (key.isEmpty()) {
            return null;
        }
        Long id = unitsByName.get(key);
        if (id == null) {
            error(row, column, name, "单位“" + name + "”不在本单位及下级单位中，请使用系统中的单位全称");
        }
        return id;
    }

    private LocalDate deadline(SheetReader.Row row, String text) {
        Optional<SheetReader.Cell> cell = layout.cell(row, LedgerColumn.DEADLINE);
        if (cell.isPresent() && cell.get().date() != null) {
            return cell.get().date();
        }
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            error(row, LedgerColumn.DEADLINE, text, "无法识别的日期，请写成 2021-12-31 或 2021年12月31日");
        }
        return date;
    }

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
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            if (t.matches("\\d{5}(\\.0+)?")) {
                double serial = Double.parseDouble(t);
                return serial > 20000 && serial < 80000 ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private MeasureType type(SheetReader.Row row, boolean continuing) {
        String text = layout.text(row, LedgerColumn.TYPE);
        if (text.isEmpty()) {
            return continuing ? MeasureType.CONTINUING : MeasureType.DEADLINE;
        }
        for (MeasureType type : MeasureType.values()) {
            if (type.label().equals(text)) {
                return type;
            }
        }
        error(row, LedgerColumn.TYPE, text, "整改类型应为立行立改、限期整改或长期坚持");
        return MeasureType.DEADLINE;
    }

    /** 已销号 is read as 已完成: closing needs evidence, which a sheet cannot carry, so the office closes in the system. */
    private MeasureStatus status(SheetReader.Row row) {
        String text = layout.text(row, LedgerColumn.STATUS);
        return switch (text) {
            case "", "未启动", "未开始" -> MeasureStatus.NOT_STARTED;
            case "推进中", "正在推进", "持续推进", "未完成", "整改中" -> MeasureStatus.IN_PROGRESS;
            case "基本完成" -> MeasureStatus.SUBSTANTIALLY_DONE;
            case "已完成", "完成", "已完成整改", "已销号" -> MeasureStatus.DONE;
            default -> {
                error(row, LedgerColumn.STATUS, text, "完成情况应为未启动、推进中、基本完成或已完成");
                yield MeasureStatus.NOT_STARTED;
            }
        };
    }

    private void error(SheetReader.Row row, LedgerColumn column, String value, String message) {
        errors.add(new CellError(row.number(), layout.ref(row.number(), column), column.header(), value, message));
    }
}
