package taizhang.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Period;

/** Applies the office's edits to a draft; each edit gives a new draft and leaves the old one as it was. */
final class DraftEditor {

    private DraftEditor() {}

    /**
     * The highest numbers the draft's problem and measure keys use: an item an edit adds takes the
     * next, also when the edit sees only part of the draft.
     */
    record Keys(int maxProblem, int maxMeasure) {

        static Keys of(Draft draft) {
            int problems = 0;
            int measures = 0;
            for (DraftProblem p : draft.problems()) {
                problems = Math.max(problems, keyNumber(p.key()));
                for (DraftMeasure m : p.measures()) {
                    measures = Math.max(measures, keyNumber(m.key()));
                }
            }
            return new Keys(problems, measures);
        }

        String nextProblem() {
            return "p" + (maxProblem + 1);
        }

        String nextMeasure() {
            return "m" + (maxMeasure + 1);
        }
    }

    /** The number in a key ({@code m12} → 12); 0 for a key that has none. */
    static int keyNumber(String key) {
        try {
            return Integer.parseInt(key.substring(1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    static Draft apply(Draft draft, DraftEdit edit) {
        return apply(draft, edit, Keys.of(draft));
    }

    /** Applies the edit to the draft, or to the part of a draft that holds its key; new keys follow {@code keys}. */
    static Draft apply(Draft draft, DraftEdit edit, Keys keys) {
        if (edit.op() == null || edit.key() == null) {
            throw new InvalidRequestException("op", "每项修改需要 op 和 key");
        }
        return switch (edit.op()) {
            case EDIT_PROBLEM -> problem(draft, edit.key(), p -> p.withTitle(required(edit.title(), "title")));
            case EDIT_MEASURE ->
                measure(
                        draft,
                        edit.key(),
                        m -> m.with(
                                required(edit.title(), "title"),
                                edit.text() == null ? m.text() : edit.text(),
                                m.ordinal(),
                                m.start(),
                                m.end(),
                                m.readings()));
            case SET_UNITS ->
                measure(
                        draft,
                        edit.key(),
                        m -> m.withUnits(edit.leadOrgId(), edit.coUnitIds() == null ? List.of() : edit.coUnitIds()));
            case ACCEPT_SUGGESTIONS -> each(draft, edit.key(), m -> m.confirming(edit.orgId()));
            case REJECT_SUGGESTION -> measure(draft, edit.key(), m -> m.rejecting(requiredOrg(edit)));
            case SET_STATUS -> measure(draft, edit.key(), m -> m.withStatus(requiredStatus(edit)));
            case SET_DUTY -> duty(draft, edit);
            case ADD_PROBLEM -> DraftOutlineEdits.addProblem(draft, edit, keys.nextProblem());
            case ADD_MEASURE -> DraftOutlineEdits.addMeasure(draft, edit, keys.nextMeasure());
            case DROP -> DraftOutlineEdits.drop(draft, edit.key());
            case EDIT_READING ->
                measure(
                        draft,
                        edit.key(),
                        m -> m.with(
                                m.title(), m.text(), m.ordinal(), m.start(), m.end(), corrected(m.readings(), edit)));
            case DROP_READING ->
                measure(
                        draft,
                        edit.key(),
                        m -> m.with(
                                m.title(),
                                m.text(),
                                m.ordinal(),
                                m.start(),
                                m.end(),
                                m.readings().stream()
                                        .filter(r -> !r.key().equals(edit.readingKey()))
                                        .toList()));
            case MERGE_WITH_NEXT -> reshape(draft, edit.key(), (measures, i) -> merge(measures, i));
            case SPLIT ->
                reshape(draft, edit.key(), (measures, i) -> split(keys.nextMeasure(), measures, i, edit.at()));
            case CONFIRM_MATCH -> confirm(draft, edit);
        };
    }

    private static Draft problem(Draft draft, String key, UnaryOperator<DraftProblem> change) {
        boolean found = false;
        List<DraftProblem> problems = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            found |= p.key().equals(key);
            problems.add(p.key().equals(key) ? change.apply(p) : p);
        }
        return found ? draft.withProblems(problems) : unknown(key);
    }

    /** Leader, deadline and type of one measure, of every measure of a problem, or of all ({@code *}). */
    private static Draft duty(Draft draft, DraftEdit edit) {
        if (edit.type() == taizhang.ledger.MeasureType.CONTINUING && edit.deadline() != null) {
            throw new InvalidRequestException("deadline", "长期坚持的措施没有整改时限");
        }
        String leader = edit.leader() == null || edit.leader().isBlank()
                ? null
                : edit.leader().strip();
        if (leader != null && leader.length() > 100) {
            throw new InvalidRequestException("leader", "责任领导最多 100 个字");
        }
        return each(
                draft,
                edit.key(),
                m -> m.withDuty(new DraftMeasure.Duty(
                        leader,
                        edit.deadline(),
                        edit.type(),
                        m.duty().deadlineText(),
                        m.duty().progress())));
    }

    /** A change of one measure, of every measure of a problem, or of all ({@code *}). */
    private static Draft each(Draft draft, String key, UnaryOperator<DraftMeasure> change) {
        boolean all = key.equals("*");
        List<DraftProblem> problems = new ArrayList<>();
        boolean found = false;
        for (DraftProblem p : draft.problems()) {
            if (all || p.key().equals(key)) {
                problems.add(p.withMeasures(p.measures().stream().map(change).toList()));
                found = true;
            } else {
                problems.add(p);
            }
        }
        return found ? draft.withProblems(problems) : measure(draft, key, change);
    }

    private static Draft measure(Draft draft, String key, UnaryOperator<DraftMeasure> change) {
        return reshape(draft, key, (measures, i) -> {
            measures.set(i, change.apply(measures.get(i)));
            return measures;
        });
    }

    private interface Reshape {
        List<DraftMeasure> apply(List<DraftMeasure> measures, int index);
    }

    /** Applies a change to the list of measures of the problem that holds {@code key}, then renumbers. */
    private static Draft reshape(Draft draft, String key, Reshape change) {
        List<DraftProblem> problems = new ArrayList<>();
        boolean found = false;
        for (DraftProblem p : draft.problems()) {
            List<DraftMeasure> measures = new ArrayList<>(p.measures());
            int index = indexOf(measures, key);
            if (index < 0) {
                problems.add(p);
                continue;
            }
            found = true;
            List<DraftMeasure> changed = change.apply(measures, index);
            List<DraftMeasure> renumbered = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                DraftMeasure m = changed.get(i);
                renumbered.add(m.with(m.title(), m.text(), i + 1, m.start(), m.end(), m.readings()));
            }
            problems.add(p.withMeasures(renumbered));
        }
        return found ? draft.withProblems(problems) : unknown(key);
    }

    private static List<DraftReading> corrected(List<DraftReading> readings, DraftEdit edit) {
        if (readings.stream().noneMatch(r -> r.key().equals(edit.readingKey()))) {
            throw new InvalidRequestException("readingKey", "这项措施没有数据 " + edit.readingKey());
        }
        if (edit.value() == null) {
            throw new InvalidRequestException("value", "请填写数值");
        }
        String period = Period.require("period", edit.period());
        return readings.stream()
                .map(r -> r.key().equals(edit.readingKey())
                        ? r.corrected(
                                required(edit.title(), "title"),
                                edit.value(),
                                edit.unit() == null ? "" : edit.unit().strip(),
                                period)
                        : r)
                .toList();
    }

    private static List<DraftMeasure> merge(List<DraftMeasure> measures, int i) {
        if (i + 1 >= measures.size()) {
            throw new InvalidRequestException("key", "这是该问题的最后一项措施，没有下一项可合并");
        }
        DraftMeasure first = measures.get(i);
        DraftMeasure second = measures.remove(i + 1);
        List<DraftReading> readings = new ArrayList<>(first.readings());
        readings.addAll(second.readings());
        measures.set(
                i,
                first.with(
                        first.title(),
                        first.text() + second.text(),
                        first.ordinal(),
                        first.start(),
                        second.end(),
                        readings));
        return measures;
    }

    private static List<DraftMeasure> split(String newKey, List<DraftMeasure> measures, int i, Integer at) {
        DraftMeasure m = measures.get(i);
        if (at == null || at <= 0 || at >= m.text().length()) {
            throw new InvalidRequestException(
                    "at", "拆分位置应在措施正文之内（1 到 " + (m.text().length() - 1) + "）");
        }
        int cut = m.start() + at;
        String secondText = m.text().substring(at);
        int stop = secondText.indexOf('。');
        String secondTitle = stop > 0 ? secondText.substring(0, stop) : secondText;
        measures.set(
                i,
                m.with(
                        m.title(),
                        m.text().substring(0, at),
                        m.ordinal(),
                        m.start(),
                        cut,
                        m.readings().stream().filter(r -> r.start() < cut).toList()));
        measures.add(
                i + 1,
                m.withKey(newKey)
                        .with(
                                secondTitle,
                                secondText,
                                m.ordinal() + 1,
                                cut,
                                m.end(),
                                m.readings().stream()
                                        .filter(r -> r.start() >= cut)
                                        .toList()));
        return measures;
    }

    private static Draft confirm(Draft draft, DraftEdit edit) {
        if (edit.key().startsWith("p")) {
            return problem(draft, edit.key(), p -> p.withMatch(confirmed(p.match(), edit)));
        }
        return measure(draft, edit.key(), m -> m.withMatch(confirmed(m.match(), edit)));
    }

    private static Match confirmed(Match match, DraftEdit edit) {
        if (edit.matchId() == null) {
            return null;
        }
        if (match == null || match.id() != edit.matchId()) {
            throw new InvalidRequestException("matchId", "只能确认系统建议的对应项，或选择作为新增导入");
        }
        return match.confirm();
    }

    private static int indexOf(List<DraftMeasure> measures, String key) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " 不能为空");
        }
        return value.strip();
    }

    private static taizhang.ledger.MeasureStatus requiredStatus(DraftEdit edit) {
        if (edit.status() == null || edit.status() == taizhang.ledger.MeasureStatus.CLOSED) {
            throw new InvalidRequestException("status", "请选择未启动、推进中、基本完成或已完成");
        }
        return edit.status();
    }

    private static long requiredOrg(DraftEdit edit) {
        if (edit.orgId() == null) {
            throw new InvalidRequestException("orgId", "请指明建议单位");
        }
        return edit.orgId();
    }

    private static Draft unknown(String key) {
        throw new InvalidRequestException("key", "草稿中没有 " + key);
    }
}
