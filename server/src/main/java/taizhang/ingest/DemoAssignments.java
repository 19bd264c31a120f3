package taizhang.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;

/**
 * The demo's illustrative 责任分工 ({@code /demo/assignments.tsv}, marked there as not from the source):
 * for each problem of the seed a lead unit, co-units, a responsible leader and a deadline, and for a few
 * measures their own (the demo unit's, and two the seed reports as largely done). Applied to the import
 * draft as the office's own edits before it is accepted, so every measure of the demo has a lead unit.
 * A problem's row fills in what the seed leaves open: a measure with no lead, or only the region itself
 * as lead, gets the row's units; one with no leader or deadline of its own gets the row's. A measure's
 * row always applies.
 */
final class DemoAssignments {

    static final String FILE = "/demo/assignments.tsv";

    /** One row: the problem number, the measure's ordinal (null for the whole problem) and what it assigns. */
    record Row(
            int problem,
            Integer measure,
            String lead,
            List<String> coUnits,
            String leader,
            String deadline,
            MeasureStatus status) {}

    private DemoAssignments() {}

    /**
     * The draft edits that carry the rows out on {@code draft}; {@code orgIds} resolves a unit's name,
     * {@code region} is the root's id (a lead the seed only names as the region), {@code today} dates
     * the deadlines ({@code +6}: the end of the sixth month after it).
     */
    static List<DraftEdit> edits(
            Draft draft, List<Row> rows, Function<String, Long> orgIds, long region, LocalDate today) {
        Map<Integer, Row> byProblem = new HashMap<>();
        Map<String, Row> byMeasure = new HashMap<>();
        rows.forEach(r -> {
            if (r.measure() == null) {
                byProblem.put(r.problem(), r);
            } else {
                byMeasure.put(r.problem() + "." + r.measure(), r);
            }
        });
        List<DraftEdit> edits = new ArrayList<>();
        for (DraftProblem p : draft.problems()) {
            for (DraftMeasure m : p.measures()) {
                Row own = byMeasure.get(p.number() + "." + m.ordinal());
                Row row = own != null ? own : byProblem.get(p.number());
                if (row == null) {
                    continue;
                }
                if (own != null || m.leadOrgId() == null || m.leadOrgId() == region) {
                    edits.add(DraftEdit.units(
                            m.key(),
                            orgIds.apply(row.lead()),
                            row.coUnits().stream().map(orgIds).toList()));
                }
                if (own != null || (m.duty().leader() == null && m.duty().deadline() == null)) {
                    edits.add(duty(m.key(), row.leader(), row.deadline(), today));
                }
                if (row.status() != null && own != null) {
                    edits.add(DraftEdit.status(m.key(), row.status()));
                }
            }
        }
        return edits;
    }

    /** The rows of the shipped file. */
    static List<Row> read() {
        try (InputStream in = DemoAssignments.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the demo assignments " + FILE + " are missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 6);
            String[] key = f[0].strip().split("\\.");
            rows.add(new Row(
                    Integer.parseInt(key[0]),
                    key.length > 1 ? Integer.valueOf(key[1]) : null,
                    f[1].strip(),
                    f[2] == null || f[2].isBlank()
                            ? List.of()
                            : List.of(f[2].strip().split("、")),
                    f[3].strip(),
                    f[4].strip(),
                    f[5] == null || f[5].isBlank() ? null : MeasureStatus.valueOf(f[5].strip())));
        }
        return rows;
    }

    private static DraftEdit duty(String key, String leader, String deadline, LocalDate today) {
        boolean continuing = deadline.equals(MeasureType.CONTINUING.label());
        LocalDate day = continuing
                ? null
                : YearMonth.from(today)
                        .plusMonths(Integer.parseInt(deadline.replace("+", "")))
                        .atEndOfMonth();
        return DraftEdit.duty(key, leader, day, continuing ? MeasureType.CONTINUING : MeasureType.DEADLINE);
    }
}
