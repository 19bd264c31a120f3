package taizhang.dashboard;

import java.util.List;

/**
 * What app.js needs to draw one chart: its kind ({@code hbar}, {@code pie}, {@code line},
 * {@code vbar}), category labels, series, and for bars the ledger link each bar opens.
 */
record ChartData(String kind, String unit, List<String> labels, List<Series> series, List<String> links) {

    record Series(String name, List<? extends Number> data) {}
}
