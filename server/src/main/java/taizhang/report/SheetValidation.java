package taizhang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/**
 * Checks the rows of an uploaded sheet one by one and turns each good one into an
 * {@link ImportLine}. An empty problem cell continues the problem above it, which is how a
 * merged problem cell reads. Every bad cell is named, not only the first of a row. What needs
 * the ledger (is a keyed row's measure there, what does it change) is {@link KeyedLines}'s.
 */
final class SheetValidation {

    private static final Set<LedgerColumn> IMPORTED = EnumSet.of(
            LedgerColumn.PROBLEM,
            LedgerColumn.MEASURE,
            LedgerColumn.BODY,
            LedgerColumn.LEAD,
            LedgerColumn.CO_UNITS,
            LedgerColumn.LEADER,
            LedgerColumn.DEADLINE,
            LedgerColumn.TYPE,
            LedgerColumn.PROGRESS,
            LedgerColumn.STATUS,
            LedgerColumn.KEY);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})\\s*[.．、]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern LIST_SPLIT = Pattern.compile("[、，,；;/／\\s]+");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private final SheetLayout layout;
    private final SheetTarget target;
    private final SheetErrors errors;
    /** The row of each measure keyed so far, for the same key twice; about 40 bytes a row. */
    private final Map<Long, Integer> keyedRows = new HashMap<>();

    private final Set<Long> repeated = new HashSet<>();
    private String problem;

    SheetValidation(SheetLayout layout, SheetTarget target, SheetErrors errors) {
        this.layout = layout;
        this.target = target;
        this.errors = errors;
    }

    /** The row as a line to write; empty for a blank row and for a bad one (its errors recorded). */
    Optional<ImportLine> check(SheetReader.Row row) {
        String problemText = layout.text(row, LedgerColumn.PROBLEM);
        String title = layout.text(row, LedgerColumn.MEASURE);
        if (problemText.isEmpty()
                && title.isEmpty()
                && layout.text(row, LedgerColumn.PROGRESS).isEmpty()) {
            return Optional.empty();
        }
        long before = errors.count();
        for (LedgerColumn column : IMPORTED) {
            layout.cell(row, column)
                    .filter(SheetReader.Cell::formula)
                    .ifPresent(cell -> error(row, column, cell.text(), "单元格含公式，请复制后“粘贴为数值”再导入"));
        }
        SheetKey key = key(row);
        boolean fresh = layout.text(row, LedgerColumn.KEY).isEmpty();
        if (!problemText.isEmpty()) {
            problem = problemText;
        } else if (problem == null && fresh) {
            error(row, LedgerColumn.PROBLEM, "", "问题不能为空（合并单元格的首行须填写问题）");
        }
        if (title.isEmpty()) {
            error(row, LedgerColumn.MEASURE, "", "整改措施不能为空");
        } else if (title.length() > 1000) {
            error(row, LedgerColumn.MEASURE, title.substring(0, 20) + "…", "整改措施不能超过 1000 字");
        }
        String body = layout.text(row, LedgerColumn.BODY);
        if (body.length() > Measure.MAX_BODY) {
            error(row, LedgerColumn.BODY, SheetShown.excerpt(body), "措施正文不能超过 " + Measure.MAX_BODY + " 字");
        }
        // A keyed row may keep units outside the importer's subtree; KeyedLines checks the ones it changes.
        Long lead = unit(row, LedgerColumn.LEAD, layout.text(row, LedgerColumn.LEAD), fresh);
        List<Long> coUnits = new ArrayList<>();
        for (String name : LIST_SPLIT.split(layout.text(row, LedgerColumn.CO_UNITS))) {
            Long id = unit(row, LedgerColumn.CO_UNITS, name, fresh);
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
        MeasureStatus status = status(row, fresh);
        if (errors.count() > before || problem == null && fresh) {
            return Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(problem == null ? "" : problem);
        Integer number = numbered.matches() ? Integer.valueOf(numbered.group(1)) : null;
        String problemTitle = numbered.matches() ? numbered.group(2).strip() : problem;
        if (fresh && problemTitle.length() > 1000) {
            error(row, LedgerColumn.PROBLEM, problemTitle.substring(0, 20) + "…", "问题不能超过 1000 字");
            return Optional.empty();
        }
        return Optional.of(new ImportLine(
                row.number(),
                key,
                number,
                problemTitle,
                title,
                body,
                lead,
                coUnits,
                leader.isEmpty() ? null : leader,
                deadline,
                type,
                layout.text(row, LedgerColumn.PROGRESS),
                status));
    }

    /** The measures the rows so far have keyed. */
    Set<Long> keyed() {
        return keyedRows.keySet();
    }

    /** The row's key; null when it has none or a bad one (recorded). */
    private SheetKey key(SheetReader.Row row) {
        String text = layout.text(row, LedgerColumn.KEY);
        if (text.isEmpty()) {
            return null;
        }
        Optional<SheetKey> parsed = SheetKey.parse(text);
        if (parsed.isEmpty()) {
            error(row, LedgerColumn.KEY, text, "无法识别的系统编号：这一列由系统导出时填写，请勿改动；新增的措施请留空");
            return null;
        }
        SheetKey key = parsed.get();
        if (key.campaignId() != target.campaignId()) {
            error(row, LedgerColumn.KEY, text, "这一行导出自另一个整改任务，只能导入该任务；如要作为新措施导入本任务，" + "请取消隐藏“系统编号”列并清空这一格");
            return null;
        }
        Integer first = keyedRows.putIfAbsent(key.measureId(), row.number());
        if (first != null) {
            String copy = "：同一项措施只能占一行；复制行来新增措施时，请清空新行的“系统编号”（隐藏列）";
            error(row, LedgerColumn.KEY, text, "与第 " + first + " 行的系统编号相同" + copy);
            if (repeated.add(key.measureId())) {
                errors.add(new CellError(
                        first,
                        layout.ref(first, LedgerColumn.KEY),
                        LedgerColumn.KEY.header(),
                        text,
                        "与第 " + row.number() + " 行的系统编号相同" + copy));
            }
            return null;
        }
        return key;
    }

    private Long unit(SheetReader.Row row, LedgerColumn column, String name, boolean mustBeReached) {
        String key = SPACE.matcher(name).replaceAll("");
        if (key.isEmpty()) {
            return null;
        }
        Long id = target.unitsByName().get(key);
        if (id == null || mustBeReached && !target.reached(id)) {
            error(row, column, name, SheetTarget.outOfReach(name));
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
        LocalDate date = SheetValues.parseDate(text);
        if (date == null) {
            error(row, LedgerColumn.DEADLINE, text, "无法识别的日期，请写成 2021-12-31 或 2021年12月31日");
        }
        return date;
    }

    /** The type; null when the cell is blank and the deadline does not say 长期. */
    private MeasureType type(SheetReader.Row row, boolean continuing) {
        String text = layout.text(row, LedgerColumn.TYPE);
        if (text.isEmpty()) {
            return continuing ? MeasureType.CONTINUING : null;
        }
        return SheetValues.type(text).orElseGet(() -> {
            error(row, LedgerColumn.TYPE, text, "整改类型应为立行立改、限期整改或长期坚持");
            return null;
        });
    }

    /** The status; null when the cell is blank. A new row cannot be closed: closing needs evidence, which a row cannot carry. */
    private MeasureStatus status(SheetReader.Row row, boolean fresh) {
        String text = layout.text(row, LedgerColumn.STATUS);
        if (text.isEmpty()) {
            return null;
        }
        Optional<MeasureStatus> status = SheetValues.status(text);
        if (status.isEmpty()) {
            error(row, LedgerColumn.STATUS, text, "完成情况应为未启动、推进中、基本完成、已完成或已销号");
        } else if (fresh && status.get() == MeasureStatus.CLOSED) {
            error(row, LedgerColumn.STATUS, text, "新增的措施不能直接销号：销号需佐证材料，请导入后在系统中上传材料并销号");
        }
        return status.orElse(null);
    }

    private void error(SheetReader.Row row, LedgerColumn column, String value, String message) {
        errors.add(new CellError(row.number(), layout.ref(row.number(), column), column.header(), value, message));
    }
}
