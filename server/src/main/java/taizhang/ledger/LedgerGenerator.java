package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;

/**
 * Generates a campaign of N measures with realistic data, for load tests and demos. It writes
 * with JDBC batches in transactions of {@value #CHUNK} measures, so a million measures take
 * minutes; and it records one audit event for the whole run rather than one per row, which
 * would make the trail as large as the ledger without telling anyone more.
 */
@Service
public class LedgerGenerator {

    private static final int CHUNK = 50_000;

    /** What to generate. The same seed on the same organisation tree gives the same ledger. */
    public record Request(int measures, String campaignName, long seed) {}

    public record Result(long campaignId, int problems, int measures, long indicators, long readings) {}

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TrackedIndicators indicators;

    LedgerGenerator(
            JdbcTemplate jdbc,
            CampaignRepository campaigns,
            OrgService organisations,
            AuditTrail audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            TrackedIndicators indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public Result generate(Request request, Consumer<String> progress) {
        Random random = new Random(request.seed());
        GeneratorUnits units = GeneratorUnits.ensure(organisations);
        String name =
                request.campaignName() != null ? request.campaignName() : "巡视整改（生成数据，" + request.measures() + " 项措施）";
        long campaignId = transactions.execute(s -> campaigns.insert(
                name,
                "生成数据 seed " + request.seed(),
                units.root.id(),
                2021,
                LocalDate.of(2021, 9, 1),
                LocalDate.of(2024, 12, 31)));
        MeasureSampler sampler = new MeasureSampler(random, units, clock.instant(), clock.getZone());
        LedgerBatchWriter writer = new LedgerBatchWriter(jdbc, campaignId);
        long started = System.nanoTime();
        int written = 0;
        int problem = 0;
        long indicators = 0;
        long readings = 0;
        while (written < request.measures()) {
            Chunk chunk = plan(random, sampler, problem, Math.min(CHUNK, request.measures() - written));
            long[] counts = transactions.execute(s -> write(writer, campaignId, chunk, units));
            written += chunk.measures.size();
            problem += chunk.numbers.size();
            indicators += counts[0];
            readings += counts[1];
            double seconds = (System.nanoTime() - started) / 1e9;
            progress.accept(String.format(
                    "  %,d / %,d measures (%.0f s, %,.0f/s)", written, request.measures(), seconds, written / seconds));
        }
        Result result = new Result(campaignId, problem, written, indicators, readings);
        transactions.executeWithoutResult(s -> audit.record(
                "system",
                "ledger.generate",
                "campaign",
                campaignId,
                null,
                Map.of(
                        "name",
                        name,
                        "seed",
                        request.seed(),
                        "problems",
                        result.problems(),
                        "measures",
                        result.measures(),
                        "indicators",
                        result.indicators(),
                        "readings",
                        result.readings(),
                        "at",
                        Instant.now(clock))));
        return result;
    }

    private record Chunk(
            List<Integer> numbers, List<String> titles, List<String> descriptions, List<GeneratedMeasure> measures) {}

    /** Problems of three to five measures each, numbered on from {@code lastProblem}, holding {@code size} measures. */
    private static Chunk plan(Random random, MeasureSampler sampler, int lastProblem, int size) {
        Chunk chunk = new Chunk(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(size));
        int number = lastProblem;
        while (chunk.measures.size() < size) {
            number++;
            String title = LedgerVocabulary.problemTitle(random);
            chunk.numbers.add(number);
            chunk.titles.add(title);
            chunk.descriptions.add(LedgerVocabulary.problemDescription(random, title));
            int count = Math.min(3 + random.nextInt(3), size - chunk.measures.size());
            for (int ordinal = 1; ordinal <= count; ordinal++) {
                chunk.measures.add(sampler.next(number, ordinal));
            }
        }
        return chunk;
    }

    private long[] write(LedgerBatchWriter writer, long campaignId, Chunk chunk, GeneratorUnits units) {
        Map<Integer, Long> problemIds = writer.problems(chunk.numbers, chunk.titles, chunk.descriptions);
        List<Long> measureIds = writer.measures(chunk.measures, problemIds);
        List<Measure> written = new ArrayList<>(measureIds.size());
        for (int i = 0; i < measureIds.size(); i++) {
            GeneratedMeasure m = chunk.measures.get(i);
            written.add(m.stored(measureIds.get(i), campaignId, problemIds.get(m.problemNumber())));
        }
        writer.coUnits(written);
        writer.units(written, units.ancestors());
        return writer.indicators(chunk.measures, measureIds, indicators);
    }
}
