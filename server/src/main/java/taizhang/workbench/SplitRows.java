package taizhang.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import taizhang.ledger.MeasureType;
import taizhang.ledger.SubMeasureService;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RequestValues;

/**
 * The 分层建账 form's rows, as many as the lead unit added: {@code row-<n>-title}, {@code -lead},
 * {@code -co} (any number of co-units), {@code -leader} (责任领导) and {@code -deadline}. A row
 * without a title is left out; the rows keep the order of their numbers.
 */
final class SplitRows {

    /** More rows than a page sensibly holds are refused rather than read. */
    static final int MAX_ROWS = 200;

    private static final Pattern FIELD = Pattern.compile("row-(\\d{1,4})-(title|lead|co|leader|deadline)");

    private SplitRows() {}

    static List<SubMeasureService.Part> parse(MultiValueMap<String, String> form) {
        Map<Integer, Map<String, List<String>>> rows = new TreeMap<>();
        form.forEach((key, values) -> {
            Matcher m = FIELD.matcher(key);
            if (m.matches()) {
                rows.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new java.util.HashMap<>())
                        .put(m.group(2), values);
            }
        });
        if (rows.size() > MAX_ROWS) {
            throw new InvalidRequestException("title", "一次最多分解为 " + MAX_ROWS + " 项子任务");
        }
        List<SubMeasureService.Part> parts = new ArrayList<>();
        for (Map<String, List<String>> row : rows.values()) {
            String title = first(row, "title");
            if (!title.isBlank()) {
                String lead = first(row, "lead");
                String due = first(row, "deadline");
                String leader = first(row, "leader").strip();
                parts.add(new SubMeasureService.Part(
                        title,
                        null,
                        lead.isBlank() ? null : id("leadOrgId", lead),
                        row.getOrDefault("co", List.of()).stream()
                                .filter(v -> !v.isBlank())
                                .map(v -> id("coUnitIds", v))
                                .toList(),
                        leader.isEmpty() ? null : leader,
                        due.isBlank() ? null : date(due),
                        MeasureType.DEADLINE));
            }
        }
        return parts;
    }

    private static String first(Map<String, List<String>> row, String field) {
        List<String> values = row.get(field);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static Long id(String field, String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw RequestValues.mismatch(field, value, Long.class);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestValues.mismatch("deadline", value, LocalDate.class);
        }
    }
}
