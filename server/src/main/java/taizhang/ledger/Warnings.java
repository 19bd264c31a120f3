package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The campaign's settings (or the defaults) with its reporting cycles, each taken as owed. */
    public WarningRules rules(long campaignId) {
        return new WarningRules(
                repository.settings(campaignId).orElse(WarningSettings.DEFAULT), repository.cycles(campaignId));
    }

    Measure assess(Measure measure, Instant now) {
        WarningLevel lag = measure.id() == 0 ? null : repository.planLag(measure.id());
        WarningRules campaign = rules(measure.campaignId());
        Set<Long> owed = measure.id() == 0
                ? Set.of()
                : repository
                        .owedCycles(List.of(measure.id()), campaign.passed(now, clock.getZone()))
                        .getOrDefault(measure.id(), Set.of());
        return measure.withWarningAt(now, clock.getZone(), campaign.owedBy(owed), lag);
    }

    /**
     * The measures assessed together: the rules read once per campaign, the lags and the cycles each
     * measure owed once per thousand measures of a campaign.
     */
    List<Measure> assessAll(List<Measure> measures, Instant now) {
        Map<Long, WarningRules> rules = new HashMap<>();
        Map<Long, WarningLevel> lags = new HashMap<>();
        Map<Long, Set<Long>> owed = new HashMap<>();
        Map<Long, List<Long>> idsByCampaign = new HashMap<>();
        for (Measure m : measures) {
            if (m.id() != 0) {
                idsByCampaign
                        .computeIfAbsent(m.campaignId(), c -> new ArrayList<>())
                        .add(m.id());
            }
        }
        idsByCampaign.forEach((campaign, ids) -> {
            List<DueCycle> passed = rules.computeIfAbsent(campaign, this::rules).passed(now, clock.getZone());
            for (int i = 0; i < ids.size(); i += CHUNK) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
                lags.putAll(repository.planLags(chunk));
                owed.putAll(repository.owedCycles(chunk, passed));
            }
        });
        List<Measure> assessed = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            WarningRules r = rules.computeIfAbsent(m.campaignId(), this::rules);
            assessed.add(m.withWarningAt(
                    now, clock.getZone(), r.owedBy(owed.getOrDefault(m.id(), Set.of())), lags.get(m.id())));
        }
        return assessed;
    }
}
