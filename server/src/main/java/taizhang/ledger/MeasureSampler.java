package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import taizhang.org.Organisation;

/**
 * Draws generated measures with the proportions of a real campaign two or more years in:
 * most work done or closed, some in progress, a few not started; deadlines from late 2021
 * to the end of 2024; warnings by {@link WarningLevel#of}, as the product computes them.
 */
final class MeasureSampler {

    private static final LocalDate CAMPAIGN_START = LocalDate.of(2021, 9, 1);
    private static final LocalDate FIRST_DEADLINE = LocalDate.of(2021, 12, 1);
    private static final LocalDate LAST_DEADLINE = LocalDate.of(2024, 12, 31);

    private final RandomGenerator random;
    private final GeneratorUnits units;
    private final Instant now;
    private final ZoneId zone;

    MeasureSampler(RandomGenerator random, GeneratorUnits units, Instant now, ZoneId zone) {
        this.random = random;
        this.units = units;
        this.now = now;
        this.zone = zone;
    }

    GeneratedMeasure next(int problemNumber, int ordinal) {
        Organisation lead = units.lead(random);
        Instant created = CAMPAIGN_START
                .plusDays(random.nextInt(120))
                .atTime(9, 0)
                .atZone(zone)
                .toInstant();
        MeasureType type = type();
        LocalDate deadline = switch (type) {
            case IMMEDIATE -> LocalDate.ofInstant(created, zone).plusDays(30 + random.nextInt(90));
            case DEADLINE ->
                FIRST_DEADLINE.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST_DEADLINE, LAST_DEADLINE)));
            case CONTINUING -> null;
        };
        MeasureStatus status = status();
        Instant accepted = lastAccepted(status, created, deadline);
        boolean tracked = random.nextInt(100) < 25;
        return new GeneratedMeasure(
                problemNumber,
                ordinal,
                LedgerVocabulary.measureTitle(random, ordinal),
                LedgerVocabulary.measureBody(random, lead.name()),
                lead.id(),
                coUnits(lead),
                random.nextInt(10) < 8 ? LedgerVocabulary.leader(random) : null,
                deadline,
                type,
                status,
                WarningLevel.of(status, deadline, accepted, created, null, now, zone, WarningRules.DEFAULT),
                accepted,
                created,
                tracked ? random.nextInt(LedgerVocabulary.INDICATORS.size()) : -1,
                1 + random.nextInt(4),
                completion(status));
    }

    private MeasureType type() {
        int roll = random.nextInt(100);
        return roll < 25 ? MeasureType.IMMEDIATE : roll < 80 ? MeasureType.DEADLINE : MeasureType.CONTINUING;
    }

    private MeasureStatus status() {
        int roll = random.nextInt(100);
        return roll < 3
                ? MeasureStatus.NOT_STARTED
                : roll < 18
                        ? MeasureStatus.IN_PROGRESS
                        : roll < 25
                                ? MeasureStatus.SUBSTANTIALLY_DONE
                                : roll < 45 ? MeasureStatus.DONE : MeasureStatus.CLOSED;
    }

    /** Finished work was last accepted before its deadline; unfinished work mostly reports recently. */
    private Instant lastAccepted(MeasureStatus status, Instant created, LocalDate deadline) {
        if (status == MeasureStatus.NOT_STARTED) {
            return null;
        }
        if (status.isFinished() || random.nextInt(10) < 4) {
            Instant until = (deadline == null ? LAST_DEADLINE : deadline)
                    .atTime(17, 0)
                    .atZone(zone)
                    .toInstant();
            Instant end = until.isAfter(now) ? now : until;
            long span = Math.max(1, ChronoUnit.HOURS.between(created, end));
            return created.plus(random.nextLong(span), ChronoUnit.HOURS);
        }
        return now.minus(random.nextInt(100 * 24), ChronoUnit.HOURS);
    }

    /** Co-units for about half of the measures: one to three other units. */
    private List<Long> coUnits(Organisation lead) {
        int roll = random.nextInt(100);
        int count = Math.min(roll < 50 ? 0 : roll < 80 ? 1 : roll < 95 ? 2 : 3, units.size() - 1);
        List<Long> ids = new ArrayList<>(count);
        while (ids.size() < count) {
            long id = units.any(random).id();
            if (id != lead.id() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private double completion(MeasureStatus status) {
        return switch (status) {
            case NOT_STARTED -> 0.05 * random.nextDouble();
            case IN_PROGRESS -> 0.2 + 0.6 * random.nextDouble();
            case SUBSTANTIALLY_DONE -> 0.8 + 0.2 * random.nextDouble();
            case DONE, CLOSED -> 0.95 + 0.2 * random.nextDouble();
        };
    }
}
