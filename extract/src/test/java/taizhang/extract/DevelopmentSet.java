package taizhang.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development set: the seed report and its gold annotations, in the project's shared folder,
 * found by walking up from the working directory. A missing folder fails the test: the checks
 * on the seed are the product's acceptance bar and must not be skipped silently.
 */
public final class DevelopmentSet {

    public static final String SEED = "000_7c0d1a2e14021ba3";

    private DevelopmentSet() {
    }

    public static Path sharedFolder() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("gold"))) {
                return candidate;
            }
        }
        throw new AssertionError("no shared/gold folder above " + System.getProperty("user.dir"));
    }

    public static String seedText() {
        return read(sharedFolder().resolve("corpus").resolve(SEED + ".txt"));
    }

    public static JsonNode seedGold() {
        return JsonMapper.builder().build().readTree(read(sharedFolder().resolve("gold").resolve(SEED + ".gold.json")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
