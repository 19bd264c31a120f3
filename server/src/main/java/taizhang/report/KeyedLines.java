package taizhang.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureEdit;
import taizhang.ledger.MeasureField;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.RuleViolationException;

/**
 * A chunk of lines against the measures their keys name, read in one query per chunk: what each
 * keyed line changes, or why it may not. A column the sheet lacks changes nothing, nor does an
 * empty 措施正文 cell. Progress,
 * status, warning and evidence are not the sheet's to set: a new progress text becomes an
 * accepted report, a different status is refused, warning and evidence are derived and ignored.
 * A measure changed since the export may not be changed from the sheet where its cells differ:
 * that would silently undo a write someone was told had been saved.
 */
final class KeyedLines {

    /** A line with the measure it edits (null for a new one), its edit if it changes any field, and a new progress text. */
    record Resolved(ImportLine line, Measure measure, MeasureEdit edit, int changedFields, String progress) {

        boolean fresh() {
            return measure == null;
        }
    }

    private static final Map<MeasureField, LedgerColumn> COLUMNS = new EnumMap<>(Map.of(
            MeasureField.TITLE,
            LedgerColumn.MEASURE,
            MeasureField.BODY,
            LedgerColumn.BODY,
            MeasureField.LEAD,
            LedgerColumn.LEAD,
            MeasureField.CO_UNITS,
            LedgerColumn.CO_UNITS,
            MeasureField.LEADER,
            LedgerColumn.LEADER,
            MeasureField.DEADLINE,
            LedgerColumn.DEADLINE,
            MeasureField.TYPE,
            LedgerColumn.TYPE));

    private final SheetLayout layout;
    private final SheetTarget target;
    private final Function<Collection<Long>, Map<Long, Measure>> measures;
    private final Function<Collection<Long>, Map<Long, ReportRepository.Progress>> latestProgress;
    private final SheetErrors errors;

    KeyedLines(
            SheetLayout layout,
            SheetTarget target,
            Function<Collection<Long>, Map<Long, Measure>> measures,
            Function<Collection<Long>, Map<Long, ReportRepository.Progress>> latestProgress,
            SheetErrors errors) {
        this.layout = layout;
        this.target = target;
        this.measures = measures;
        this.latestProgress = latestProgress;
        this.errors = errors;
    }

    /** The chunk's lines resolved, in order; a keyed line with a bad cell is left out, its cells recorded. */
    List<Resolved> resolve(List<ImportLine> chunk) {
        List<Long> ids = chunk.stream()
                .filter(l -> l.key() != null)
                .map(l -> l.key().measureId())
                .toList();
        Map<Long, Measure> current = ids.isEmpty() ? Map.of() : measures.apply(ids);
        Map<Long, ReportRepository.Progress> progress =
                current.isEmpty() ? Map.of() : latestProgress.apply(current.keySet());
        List<Resolved> resolved = new ArrayList<>(chunk.size());
        for (ImportLine line : chunk) {
            if (line.key() == null) {
                resolved.add(new Resolved(line, null, null, 0, line.progress().isEmpty() ? null : line.progress()));
                continue;
            }
            Measure m = current.get(line.key().measureId());
            if (m == null) {
                error(line, LedgerColumn.KEY, line.key().text(), "本任务的台账中没有这项措施：它可能已被移除（恢复后才能从表格修改），或系统编号被改动过");
                continue;
            }
            long before = errors.count();
            ReportRepository.Progress latest = progress.get(m.id());
            Resolved r = keyed(line, m, latest == null ? null : latest.shownWith(m.body()));
            if (errors.count() == before) {
                resolved.add(r);
            }
        }
        return resolved;
    }

    private Resolved keyed(ImportLine line, Measure m, String latest) {
        boolean stale = line.key().version() != m.version();
        MeasureEdit edit = new MeasureEdit(
                m,
                given(LedgerColumn.MEASURE) ? asStored(line.title(), m.title()) : m.title(),
                body(line, m),
                new MeasureService.Assignment(
                        given(LedgerColumn.LEAD) ? line.leadOrgId() : m.leadOrgId(),
                        given(LedgerColumn.CO_UNITS) ? line.coUnitIds() : m.coUnitIds(),
                        given(LedgerColumn.LEADER)
                                ? asStored(line.leader(), m.responsibleLeader())
                                : m.responsibleLeader(),
                        given(LedgerColumn.DEADLINE) ? line.deadline() : m.deadline(),
                        line.type() != null ? line.type() : m.type()));
        Set<MeasureField> changes = edit.changes();
        long before = errors.count();
        for (MeasureField field : changes) {
            if (stale) {
                error(
                        line,
                        COLUMNS.get(field),
                        shown(field, edit),
                        changedSinceExport(field.label() + "现为“" + now(field, m) + "”"));
            } else {
                unreached(field, edit)
                        .ifPresent(unit -> error(
                                line,
                                COLUMNS.get(field),
                                shown(field, edit),
                                SheetTarget.outOfReach(target.unitNames().get(unit))));
            }
        }
        if (!changes.isEmpty() && errors.count() == before) {
            try {
                edit.applied();
            } catch (RuleViolationException e) {
                changes.forEach(f -> error(line, COLUMNS.get(f), shown(f, edit), e.getMessage()));
            }
        }
        if (line.status() != null && line.status() != m.status()) {
            error(
                    line,
                    LedgerColumn.STATUS,
                    line.status().label(),
                    stale ? changedSinceExport("完成情况现为“" + m.status().label() + "”") : "完成情况须在系统中办理：销号需佐证材料，退回需写明理由");
        }
        return new Resolved(
                line, m, changes.isEmpty() ? null : edit, changes.size(), newProgress(line, m, latest, stale));
    }

    /**
     * The official text the row asks for: the 措施正文 cell where it says something else than the
     * text the sheet was exported with (the wording standing for a measure without a text of its
     * own, cut as its cell holds it), else the text as it is. An empty cell leaves the text alone,
     * as an empty 整改进展 cell adds no report: to remove it the office uses 修改台账.
     */
    private String body(ImportLine line, Measure m) {
        String cell = line.body();
        if (!given(LedgerColumn.BODY)
                || cell.isEmpty()
                || SheetShown.sameInEitherScript(cell, LedgerSheet.cellText(m.officialText()))) {
            return m.body();
        }
        return cell;
    }

    /** The stored text where the cell says the same (as the sheet shows it, in either script), else the cell. */
    private static String asStored(String cell, String stored) {
        return stored != null && SheetShown.sameInEitherScript(cell, stored) ? stored : cell;
    }

    /** The field's value now, as the message of a row changed since the export shows it. */
    private String now(MeasureField field, Measure m) {
        return field == MeasureField.BODY
                ? SheetShown.excerpt(m.officialText())
                : SheetShown.value(field.value(m, target.unitNames()::get));
    }

    /** The progress cell when it says something the measure's latest accepted report does not; null otherwise. */
    private String newProgress(ImportLine line, Measure m, String latest, boolean stale) {
        String text = line.progress();
        if (text.isEmpty() || SheetShown.sameInEitherScript(text, latest == null ? "" : LedgerSheet.cellText(latest))) {
            return null;
        }
        if (stale) {
            error(
                    line,
                    LedgerColumn.PROGRESS,
                    SheetShown.excerpt(text),
                    changedSinceExport("整改进展现为“" + SheetShown.excerpt(latest == null ? "空" : latest) + "”"));
        } else if (m.status() == MeasureStatus.CLOSED) {
            error(line, LedgerColumn.PROGRESS, SheetShown.excerpt(text), "已销号的措施不再更新进展");
        }
        return text;
    }

    private boolean given(LedgerColumn column) {
        return layout.has(column);
    }

    /** A unit the edit newly names in this field that lies outside the importer's subtree. */
    private Optional<Long> unreached(MeasureField field, MeasureEdit edit) {
        List<Long> named = switch (field) {
            case LEAD ->
                edit.assignment().leadOrgId() == null
                        ? List.of()
                        : List.of(edit.assignment().leadOrgId());
            case CO_UNITS -> edit.assignment().coUnitIds();
            default -> List.of();
        };
        List<Long> added = edit.addedUnits();
        return named.stream()
                .filter(u -> added.contains(u) && !target.reached(u))
                .findFirst();
    }

    private String shown(MeasureField field, MeasureEdit edit) {
        return switch (field) {
            case TITLE -> SheetShown.excerpt(edit.title());
            case BODY -> SheetShown.excerpt(edit.body());
            case LEAD ->
                edit.assignment().leadOrgId() == null
                        ? ""
                        : target.unitNames().get(edit.assignment().leadOrgId());
            case CO_UNITS ->
                SheetShown.value(edit.assignment().coUnitIds().stream()
                        .map(target.unitNames()::get)
                        .toList());
            case LEADER -> SheetShown.value(edit.assignment().responsibleLeader());
            case DEADLINE -> SheetShown.value(edit.assignment().deadline());
            case TYPE -> edit.assignment().type().label();
        };
    }

    private static String changedSinceExport(String now) {
        return "导出后这项措施已在系统中修改（" + now + "）：为免覆盖已保存的修改，请重新导出台账，在新表中修改后再导入";
    }

    private void error(ImportLine line, LedgerColumn column, String value, String message) {
        errors.add(new CellError(line.row(), layout.ref(line.row(), column), column.header(), value, message));
    }
}
