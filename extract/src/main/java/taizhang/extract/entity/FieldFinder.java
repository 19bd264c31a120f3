package taizhang.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import taizhang.extract.structure.FieldCell;
import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Structure;

/**
 * Finds each measure's fields: table cells beside it, labelled fields in its text or in its
 * problem's heading ({@code 牵头单位：…；责任领导：…；完成时限：…}, which then hold for every
 * measure of the problem), and phrases ({@code 由自治区人社厅牵头}, {@code 2021年底前完成}).
 */
public final class FieldFinder {

    private static final String[][] LABELS = {
        {"牵头单位", "lead"},
        {"牵头部门", "lead"},
        {"责任单位", "duty"},
        {"责任部门", "duty"},
        {"整改责任单位", "duty"},
        {"配合单位", "co"},
        {"配合部门", "co"},
        {"协同单位", "co"},
        {"责任领导", "leader"},
        {"牵头领导", "leader"},
        {"分管领导", "leader"},
        {"责任人", "person"},
        {"整改时限", "deadline"},
        {"完成时限", "deadline"},
        {"时限要求", "deadline"},
        {"整改期限", "deadline"},
        {"完成时间", "deadline"},
        {"整改情况", "progress"},
        {"完成情况", "progress"},
        {"整改进展", "progress"},
        {"进展情况", "progress"},
        {"整改落实情况", "progress"}
    };
    /**
     * Units in one cell or label are parted by 、,;/ and by 和, 及, 与 or a line break after a unit's
     * last char (办公室和财务科); a 和 inside a name (住房和城乡建设局, 发展和改革委) is no parting.
     */
    private static final Pattern UNIT_SPLIT =
            Pattern.compile("[、,;/]|(?<=[局委办室科部厅院所站队处组会馆校司社团心府镇乡道区县市门位])(?:和|及|与|\\s+(?!\\())");
    /** The last char of a unit's name, or of 各旗县(市、区): what tells a listed unit from prose after a comma. */
    private static final String UNIT_END = "局委办室科部厅院所站队处组会馆校司社团心府镇乡道区县市门位旗盟厂行园协村)";

    private static final String CLAUSE = ",;。:()\"\n ";
    private static final int MAX_UNIT = 30;
    private static final int MAX_DATE = 12;
    private static final String[] DUE_VERBS = {"完成", "全部完成", "全面完成", "整改到位", "办结"};
    private static final Pattern DUE_DATE = Pattern.compile("(?:\\d{4}年)?(?:\\d{1,2}月(?:\\d{1,2}日|底|末)?|年底|年末)$");
    private static final int MAX_VALUE = 80;
    /** A list of units may name a dozen departments. */
    private static final int MAX_UNITS = 240;

    private FieldFinder() {}

    public static List<MeasureFields> find(Structure structure, String original, String normalized, int year) {
        List<MeasureFields> all = new ArrayList<>();
        for (Problem p : structure.problems()) {
            int headEnd = p.measures().isEmpty()
                    ? p.end()
                    : Math.max(p.start(), p.measures().get(0).start());
            Found head = new Found();
            labelled(original, normalized, p.start(), Math.min(headEnd, p.end()), head);
            for (Measure m : p.measures()) {
                Found found = new Found();
                for (FieldCell cell : structure.cells()) {
                    if (cell.measureStart() == m.start()) {
                        found.put(cell.kind(), original.substring(cell.start(), cell.end()), normalized, cell.start());
                    }
                }
                labelled(original, normalized, m.start(), m.end(), found);
                phrases(original, normalized, m.start(), m.end(), found);
                MeasureFields fields = found.orElse(head).fields(m.start(), normalized, year);
                if (!fields.isEmpty()) {
                    all.add(fields);
                }
            }
        }
        return all;
    }

    /** {@code 牵头单位：A、B；责任领导：张三} anywhere in {@code [from, to)}. */
    private static void labelled(String original, String n, int from, int to, Found found) {
        for (int i = indexOf(n, ':', from, to); i >= 0; i = indexOf(n, ':', i + 1, to)) {
            for (String[] label : LABELS) {
                int start = i - label[0].length();
                if (start >= from && n.startsWith(label[0], start)) {
                    int end = isUnits(label[1])
                            ? unitsEnd(n, i + 1, to)
                            : valueEnd(n, i + 1, to, label[1].equals("progress"));
                    String value = original.substring(i + 1, end).strip();
                    if (!value.isEmpty()) {
                        found.put(label[1], value, n, i + 1);
                    }
                    break;
                }
            }
        }
    }

    private static int valueEnd(String n, int from, int to, boolean sentence) {
        int limit = sentence ? to : Math.min(to, from + MAX_VALUE);
        for (int i = from; i < limit; i++) {
            char c = n.charAt(i);
            if (c == '\n'
                    || !sentence
                            && (c == ';' || c == '。' || c == ')' || c == ',' && n.indexOf(':', i) == nextColon(n, i))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isUnits(String kind) {
        return kind.equals("lead") || kind.equals("duty") || kind.equals("co");
    }

    /**
     * Where a list of units ends: {@code 配合单位：A，B；C} lists three, parted by any of 、,;; a comma or
     * semicolon ends the list when what follows is no unit's name ({@code ，2021年底前完成}, {@code ；责任领导：}).
     * A bracket closes the list unless the list opened it ({@code 各旗县(市、区)}).
     */
    private static int unitsEnd(String n, int from, int to) {
        int limit = Math.min(to, from + MAX_UNITS);
        int open = 0;
        for (int i = from; i < limit; i++) {
            char c = n.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')' && open-- == 0 || c == '\n' || c == '。') {
                return i;
            } else if (c == ':') {
                // Another label with no parting before it (牵头单位：A 配合单位：B): the list ends before it.
                int s = i;
                while (s > from && " ,;、".indexOf(n.charAt(s - 1)) < 0) {
                    s--;
                }
                return s;
            } else if ((c == ',' || c == ';') && !unitFollows(n, i + 1, limit)) {
                return i;
            }
        }
        return limit;
    }

    /** Whether {@code [from, …)} up to the next parting is a unit's name: short, no figure, a unit's last char. */
    private static boolean unitFollows(String n, int from, int limit) {
        int end = from;
        while (end < limit && ",;、。:\n".indexOf(n.charAt(end)) < 0 && end - from <= MAX_UNIT) {
            if (Character.isDigit(n.charAt(end))) {
                return false;
            }
            end++;
        }
        if (end < limit && n.charAt(end) == ':' || end - from > MAX_UNIT) {
            return false;
        }
        String name = n.substring(from, end).strip();
        return name.length() >= 2 && UNIT_END.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /** The next colon after {@code i} before the sentence ends: a comma before another label ends a value. */
    private static int nextColon(String n, int i) {
        for (int j = i + 1; j < Math.min(n.length(), i + 8); j++) {
            if (n.charAt(j) == ':') {
                return j;
            }
        }
        return -1;
    }

    /**
     * {@code 由自治区人社厅牵头,} and {@code 2021年底前完成}: found from their verbs, which are rare, so the
     * text is scanned once for a char rather than tried by a pattern at every position.
     */
    private static void phrases(String original, String n, int from, int to, Found found) {
        if (found.lead.isEmpty() && found.duty.isEmpty()) {
            for (int i = indexOf(n, '牵', from, to); i >= 0; i = indexOf(n, '牵', i + 1, to)) {
                String who = leadBefore(original, n, from, i);
                if (who != null) {
                    found.put("lead", who, n, i);
                    break;
                }
            }
        }
        if (found.deadline == null) {
            for (int i = indexOf(n, '前', from, to); i >= 0; i = indexOf(n, '前', i + 1, to)) {
                String due = dueBefore(original, n, from, i, to);
                if (due != null) {
                    found.deadline = due;
                    return;
                }
            }
            if (indexOf(n, '立', from, to) >= 0 && n.substring(from, to).contains("立行立改")) {
                found.deadline = "立行立改";
            }
        }
    }

    /** The unit named before {@code 牵头} at {@code at}, back to the clause's start, or null. */
    private static String leadBefore(String original, String n, int floor, int at) {
        if (at + 2 > n.length() || n.charAt(at + 1) != '头') {
            return null;
        }
        char after = at + 2 < n.length() ? n.charAt(at + 2) : '。';
        if (",;。)".indexOf(after) < 0) {
            return null;
        }
        int s = at;
        while (s > floor && at - s < MAX_UNIT && CLAUSE.indexOf(n.charAt(s - 1)) < 0) {
            s--;
        }
        int by = n.lastIndexOf('由', at);
        s = by >= s ? by + 1 : s;
        return at - s >= 2 ? original.substring(s, at) : null;
    }

    /** {@code 2021年底前完成} ending at the {@code 前} at {@code at}, or null. */
    private static String dueBefore(String original, String n, int floor, int at, int to) {
        boolean completes = false;
        for (String verb : DUE_VERBS) {
            completes |= n.startsWith(verb, at + 1) && at + 1 + verb.length() <= to;
        }
        if (!completes) {
            return null;
        }
        int s = Math.max(floor, at - MAX_DATE);
        Matcher m = DUE_DATE.matcher(n).region(s, at);
        return m.find() ? original.substring(m.start(), at + 1) : null;
    }

    private static int indexOf(String n, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (n.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Fields as found, by kind. */
    private static final class Found {
        final List<String> lead = new ArrayList<>();
        final List<String> duty = new ArrayList<>();
        final List<String> co = new ArrayList<>();
        String leader;
        String person;
        String deadline;
        String type;
        String progress;

        void put(String kind, String value, String n, int at) {
            switch (kind) {
                case "lead" -> lead.addAll(units(value));
                case "duty" -> duty.addAll(units(value));
                case "co" -> co.addAll(units(value));
                case "leader" -> leader = leader == null ? value : leader;
                case "person" -> person = person == null ? value : person;
                case "deadline" -> deadline = deadline == null ? value : deadline;
                case "type" -> type = type == null ? value : type;
                case "progress" -> progress = progress == null ? value : progress + value;
                default -> {}
            }
        }

        /** Fields not stated for the measure come from its problem's heading. */
        Found orElse(Found head) {
            if (lead.isEmpty() && duty.isEmpty()) {
                lead.addAll(head.lead);
                duty.addAll(head.duty);
            }
            if (co.isEmpty()) {
                co.addAll(head.co);
            }
            leader = leader == null ? head.leader : leader;
            person = person == null ? head.person : person;
            deadline = deadline == null ? head.deadline : deadline;
            type = type == null ? head.type : type;
            return this;
        }

        MeasureFields fields(int measureStart, String normalized, int year) {
            List<String> leads = !lead.isEmpty() ? lead : duty.isEmpty() ? List.of() : duty.subList(0, 1);
            List<String> cos = new ArrayList<>(co);
            if (!lead.isEmpty()) {
                cos.addAll(0, duty);
            } else if (duty.size() > 1) {
                cos.addAll(0, duty.subList(1, duty.size()));
            }
            Deadlines.Due due = deadline == null
                    ? null
                    : Deadlines.read(taizhang.extract.text.Normalizer.normalize(deadline), year);
            // A type column (整改类型) says the type beside the deadline column's date.
            MeasureFields.DeadlineType stated =
                    type == null ? null : Deadlines.type(taizhang.extract.text.Normalizer.normalize(type));
            return new MeasureFields(
                    measureStart,
                    leads,
                    cos,
                    leader,
                    person,
                    due == null ? null : due.date(),
                    stated != null ? stated : due == null ? null : due.type(),
                    deadline,
                    progress);
        }

        /** The names in a list; a parting inside brackets is part of a name ({@code 各旗县(市、区)}). */
        private static List<String> units(String value) {
            String n = taizhang.extract.text.Normalizer.normalize(value);
            List<String> units = new ArrayList<>();
            Matcher parting = UNIT_SPLIT.matcher(n);
            int start = 0;
            while (parting.find()) {
                if (!insideBrackets(n, start, parting.start())) {
                    add(units, n.substring(start, parting.start()));
                    start = parting.end();
                }
            }
            add(units, n.substring(start));
            return units;
        }

        private static boolean insideBrackets(String n, int from, int at) {
            return n.lastIndexOf('(', at) >= from && n.lastIndexOf(')', at) < n.lastIndexOf('(', at);
        }

        private static void add(List<String> units, String part) {
            String name = part.strip();
            if (name.length() >= 2) {
                units.add(name);
            }
        }
    }
}
