package taizhang.dashboard;

import java.util.List;

/**
 * What app.js needs to draw one chart: its kind ({@code hbar}, {@code pie}, {@code line},
 * {@code vbar}), category labels, series, for bars and slices the ledger link each one opens, and
 * for a pie whose categories mean something (预警 levels) the colour of each category, so that a
 * slice keeps its colour when the slices before it are empty and left out.
 */
record ChartData(
        String kind, String unit, List<String> labels, List<Series> series, List<String> links, List<String> colors) {

    ChartData(String kind, String unit, List<String> labels, List<Series> series, List<String> links) {
        this(kind, unit, labels, series, links, null);
    }

    record Series(String name, List<? extends Number> data) {}
}
