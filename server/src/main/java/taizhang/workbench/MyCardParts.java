package taizhang.workbench;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.progress.ProgressReport;
import taizhang.progress.ReportStatus;
import taizhang.shared.Dates;

/** What a 我的任务 card shows beside its form: the report it works on, the unit's history, each indicator's last value. */
@Component
class MyCardParts {

    private final IndicatorService indicators;

    MyCardParts(IndicatorService indicators) {
        this.indicators = indicators;
    }

    /**
     * Each indicator's last accepted value with its period ({@code 12（2026-10）}): the latest
     * reading, as the measure page's chart ends ({@link Indicator#latest}). Readings come only from
     * accepted reports, imports and the office.
     */
    Map<Long, String> lastAccepted(Map<Long, List<Indicator>> tracked) {
        List<Long> ids = tracked.values().stream()
                .flatMap(List::stream)
                .map(Indicator::id)
                .toList();
        Map<Long, String> last = new HashMap<>();
        for (IndicatorService.IndicatorView view : indicators.viewsOfListed(ids)) {
            Indicator.latest(view.readings())
                    .ifPresent(r -> last.put(view.indicator().id(), plain(r.value()) + "（" + r.period() + "）"));
        }
        return last;
    }

    /** The unit's report as its history lists it. */
    static MyPage.Filed filed(ProgressReport r, ZoneId zone) {
        return new MyPage.Filed(
                r.period(),
                Labels.report(r.status()),
                r.claimedStatus().label(),
                r.submittedAt() == null ? null : Dates.minute(r.submittedAt(), zone),
                r.body(),
                r.status() == ReportStatus.RETURNED ? r.returnReason() : null);
    }

    /** The report the card's form works on. */
    static MyPage.Current current(ProgressReport r) {
        boolean editable = r.status() == ReportStatus.DRAFT || r.status() == ReportStatus.RETURNED;
        return new MyPage.Current(
                r.id(),
                r.period(),
                r.version(),
                Labels.report(r.status()),
                editable,
                r.body(),
                r.claimedStatus(),
                r.status() == ReportStatus.RETURNED ? r.returnReason() : null);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
