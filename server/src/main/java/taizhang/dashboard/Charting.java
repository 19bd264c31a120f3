package taizhang.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import taizhang.dashboard.ChartData.Series;
import taizhang.dashboard.Dashboard.Charts;
import taizhang.dashboard.Dashboard.IndicatorRow;
import taizhang.dashboard.Dashboard.Row;
import taizhang.dashboard.Dashboard.TrendRow;
import tools.jackson.databind.json.JsonMapper;

/** Turns the dashboard's rows into the chart data app.js draws with ECharts. */
@Component
class Charting {

    private final JsonMapper json;

    Charting(JsonMapper json) {
        this.json = json;
    }

    Charts of(
            List<Row> byProblem,
            List<Row> byUnit,
            List<Row> byWarning,
            List<IndicatorRow> indicators,
            List<TrendRow> trend) {
        return new Charts(
                completion(byProblem),
                completion(byUnit),
                write(new ChartData(
                        "pie",
                        "项",
                        labels(byWarning, Row::label),
                        List.of(new Series(
                                "措施数", byWarning.stream().map(Row::total).toList())),
                        labels(byWarning, Row::href),
                        DashboardService.WARNING_ORDER.stream()
                                .map(WarningColour::of)
                                .toList())),
                write(new ChartData(
                        "vbar",
                        "%",
                        labels(indicators, IndicatorRow::name),
                        List.of(new Series(
                                "完成率",
                                indicators.stream()
                                        .map(i -> i.rate() == null ? BigDecimal.ZERO : new BigDecimal(i.rate()))
                                        .toList())),
                        List.of())),
                write(new ChartData(
                        "line",
                        "份",
                        labels(trend, TrendRow::period),
                        List.of(
                                new Series(
                                        "报送",
                                        trend.stream().map(TrendRow::reports).toList()),
                                new Series(
                                        "审核通过",
                                        trend.stream().map(TrendRow::accepted).toList()),
                                new Series(
                                        "报告完成",
                                        trend.stream()
                                                .map(TrendRow::claimedDone)
                                                .toList())),
                        List.of())));
    }

    private String completion(List<Row> rows) {
        return write(new ChartData(
                "hbar",
                "%",
                labels(rows, Row::label),
                List.of(new Series(
                        "完成率", rows.stream().map(r -> new BigDecimal(r.rate())).toList())),
                labels(rows, Row::href)));
    }

    private static <T> List<String> labels(List<T> rows, Function<T, String> label) {
        return rows.stream().map(label).toList();
    }

    private String write(ChartData data) {
        return json.writeValueAsString(data);
    }
}
