package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts on measures the warning their campaign's rules give as of now, with their stored lag
 * against plan: what every write of a measure, one or many, does before it stores it.
 */
@Component
public class Warnings {

    private static final int CHUNK = 1000;

    private final WarningRulesRepository repository;
    private final Clock clock;

    Warnings(WarningRulesRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The campaign's settings (or the defaults) with the due dates of its reporting cycles. */
    public WarningRules rules(long campaignId) {
        return new WarningRules(
                repository.settings(campaignId).orElse(WarningSettings.DEFAULT), repository.cycleDueDates(campaignId));
    }

    Measure assess(Measure measure, Instant now) {
        WarningLevel lag = measure.id() == 0 ? null : repository.planLag(measure.id());
        return measure.withWarningAt(now, clock.getZone(), rules(measure.campaignId()), lag);
    }

    /** The measures assessed together: the rules read once per campaign, the lags once per thousand measures. */
    List<Measure> assessAll(List<Measure> measures, Instant now) {
        Map<Long, WarningRules> rules = new HashMap<>();
        Map<Long, WarningLevel> lags = new HashMap<>();
        List<Long> ids =
                measures.stream().map(Measure::id).filter(id -> id != 0).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            lags.putAll(repository.planLags(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        List<Measure> assessed = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            WarningRules r = rules.computeIfAbsent(m.campaignId(), this::rules);
            assessed.add(m.withWarningAt(now, clock.getZone(), r, lags.get(m.id())));
        }
        return assessed;
    }
}
