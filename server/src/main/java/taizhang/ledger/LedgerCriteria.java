package taizhang.ledger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import taizhang.shared.PageResult;

/**
 * The ledger page's filter as it stands in the URL ({@code /ledger?campaign=1&status=IN_PROGRESS&q=…}),
 * so that a view can be bookmarked and shared. {@code overdue} narrows to {@link Overdue} work,
 * the dashboard's 逾期 figure; {@code unsigned} to measures some unit has not signed for (签收);
 * {@code textDefects} to measures with an open text defect (有文字疑点).
 * {@code problemNo} is a problem typed by its number,
 * where a campaign has too many problems for a list; the page resolves it to {@code problem}.
 */
public record LedgerCriteria(
        Long campaign,
        Long section,
        Long problem,
        Long unit,
        Set<MeasureStatus> status,
        Set<WarningLevel> warning,
        Set<MeasureType> type,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String q,
        String sort,
        Integer page,
        Integer size,
        Boolean overdue,
        Integer problemNo,
        Boolean unsigned,
        Boolean textDefects) {

    public static final int DEFAULT_SIZE = 50;

    public LedgerCriteria {
        status = present(status);
        warning = present(warning);
        type = present(type);
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? "ordinal" : sort;
        page = page == null || page < 1 ? 1 : page;
        size = size == null ? DEFAULT_SIZE : Math.max(10, Math.min(size, MeasureService.MAX_PAGE_SIZE));
        overdue = Boolean.TRUE.equals(overdue);
        unsigned = Boolean.TRUE.equals(unsigned);
        textDefects = Boolean.TRUE.equals(textDefects);
    }

    /** The filter the measure queries understand; the keyword is searched separately, in both scripts. */
    MeasureFilter filter(LocalDate today) {
        Set<MeasureStatus> statuses = status;
        LocalDate until = to;
        if (overdue) {
            statuses = EnumSet.copyOf(Overdue.STATUSES);
            if (!status.isEmpty()) {
                statuses.retainAll(status);
            }
            LocalDate last = Overdue.lastDeadline(today);
            until = to == null || to.isAfter(last) ? last : to;
        }
        return new MeasureFilter(
                campaign, problem, unit, statuses, warning, type, from, until, null, unsigned, textDefects);
    }

    /** Rows skipped before this page: {@code page} counts from 1, as the reader does. */
    int offset() {
        return PageResult.offsetOfPage(page, size);
    }

    public LedgerCriteria withPage(int newPage) {
        return new LedgerCriteria(
                campaign,
                section,
                problem,
                unit,
                status,
                warning,
                type,
                from,
                to,
                q,
                sort,
                newPage,
                size,
                overdue,
                problemNo,
                unsigned,
                textDefects);
    }

    public LedgerCriteria withSort(String newSort) {
        return new LedgerCriteria(
                campaign,
                section,
                problem,
                unit,
                status,
                warning,
                type,
                from,
                to,
                q,
                newSort,
                1,
                size,
                overdue,
                problemNo,
                unsigned,
                textDefects);
    }

    /** This view narrowed to one problem, given by its id; the typed number is then settled. */
    LedgerCriteria withProblem(Long problemId) {
        return new LedgerCriteria(
                campaign,
                section,
                problemId,
                unit,
                status,
                warning,
                type,
                from,
                to,
                q,
                sort,
                page,
                size,
                overdue,
                null,
                unsigned,
                textDefects);
    }

    /** The sort a column header links to: ascending first, descending when already ascending. */
    public String toggled(String column) {
        return sort.equals(column) ? "-" + column : column;
    }

    public boolean sortedBy(String column) {
        return sort.equals(column) || sort.equals("-" + column);
    }

    public boolean has(Enum<?> value) {
        return status.contains(value) || warning.contains(value) || type.contains(value);
    }

    /** The URL of this view of the ledger. */
    public String href() {
        StringJoiner query = new StringJoiner("&");
        add(query, "campaign", campaign);
        add(query, "section", section);
        add(query, "problem", problem);
        add(query, "unit", unit);
        status.stream().sorted().forEach(s -> add(query, "status", s.name()));
        warning.stream().sorted().forEach(w -> add(query, "warning", w.name()));
        type.stream().sorted().forEach(t -> add(query, "type", t.name()));
        add(query, "from", from);
        add(query, "to", to);
        add(query, "q", q);
        add(query, "overdue", overdue ? "true" : null);
        add(query, "unsigned", unsigned ? "true" : null);
        add(query, "textDefects", textDefects ? "true" : null);
        add(query, "sort", "ordinal".equals(sort) ? null : sort);
        add(query, "page", page == 1 ? null : page);
        add(query, "size", size == DEFAULT_SIZE ? null : size);
        return query.length() == 0 ? "/ledger" : "/ledger?" + query;
    }

    /** Empty selects send an empty value, which binds as null. */
    private static <T> Set<T> present(Set<T> values) {
        return values == null
                ? Set.of()
                : values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
