package taizhang.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development set: the seed report and its gold annotation, test resources under
 * {@code devset/} (its README says where they come from). A missing file fails the test that
 * asks: the checks on the seed are the product's acceptance bar and must not be skipped silently.
 */
public final class DevelopmentSet {

    public static final String SEED = "000_7c0d1a2e14021ba3";

    private DevelopmentSet() {}

    /** The folder of the reports, {@code NAME.txt}; a folder because the commands take paths. */
    public static Path corpus() {
        return folder().resolve("corpus");
    }

    /** The folder of the annotations, {@code NAME.gold.json}. */
    public static Path gold() {
        return folder().resolve("gold");
    }

    /** Real reports in other layouts, annotated for their outline only ({@code layouts/SOURCES.md}). */
    public static Path layoutsCorpus() {
        return folder().resolve("layouts").resolve("corpus");
    }

    public static Path layoutsGold() {
        return folder().resolve("layouts").resolve("gold");
    }

    public static Path seedFile() {
        return corpus().resolve(SEED + ".txt");
    }

    public static Path seedGoldFile() {
        return gold().resolve(SEED + ".gold.json");
    }

    public static String seedText() {
        return read(seedFile());
    }

    public static JsonNode seedGold() {
        return JsonMapper.builder().build().readTree(read(seedGoldFile()));
    }

    private static Path folder() {
        URL folder = DevelopmentSet.class.getResource("/devset");
        if (folder == null) {
            throw new AssertionError("devset/ is not on the test class path");
        }
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
