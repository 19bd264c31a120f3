package taizhang.extract.quantity;

import taizhang.extract.eval.DevelopmentSet;
import taizhang.extract.text.Normalizer;

/**
 * Measures extraction speed on the seed repeated to a few megabytes (PRODUCT.md asks for
 * tens of MB/s per core). A main method, not a test: timings on a shared build machine are
 * not pass/fail material. Run from the extract module's test class path:
 * {@code java -cp target/test-classes:target/classes:… taizhang.extract.quantity.QuantityThroughput}.
 */
public final class QuantityThroughput {

    private QuantityThroughput() {}

    public static void main(String[] args) {
        String seed = DevelopmentSet.seedText();
        String text = seed.repeat(Math.max(1, 4_000_000 / seed.length()));
        String normalized = Normalizer.normalize(text);
        double megabytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        QuantityExtractor extractor = new QuantityExtractor();
        for (int warmup = 0; warmup < 10; warmup++) {
            extractor.find(text, normalized);
        }
        int rounds = 10;
        long found = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            found += extractor.find(text, normalized).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread is the per-core figure even when other builds share the machine.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("per core (thread CPU time): %.1f MB/s%n", megabytes * rounds / cpuSeconds);
        System.out.printf(
                "%.1f MB UTF-8 (%d chars) × %d: %.1f MB/s, %.1f M chars/s, %d quantities per round%n",
                megabytes,
                text.length(),
                rounds,
                megabytes * rounds / seconds,
                text.length() * (double) rounds / seconds / 1e6,
                found / rounds);
        long normStart = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            Normalizer.normalize(text);
        }
        double normSeconds = (System.nanoTime() - normStart) / 1e9;
        System.out.printf("with normalisation included: %.1f MB/s%n", megabytes * rounds / (seconds + normSeconds));
    }
}
