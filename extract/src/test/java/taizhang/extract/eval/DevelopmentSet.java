package taizhang.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development report and its gold annotation in {@code shared/}, found by walking up
 * from the working directory. Missing files fail the test that asks: a skipped evaluation
 * would read as a passed one.
 */
public final class DevelopmentSet {

    public static final String SEED = "000_7c0d1a2e14021ba3";

    private DevelopmentSet() {
    }

    public static Path sharedFolder() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("gold"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/gold folder above " + System.getProperty("user.dir"));
    }

    public static String seedText() {
        try {
            return Files.readString(sharedFolder().resolve("corpus").resolve(SEED + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GoldDocument seedGold() {
        return GoldDocument.read(sharedFolder().resolve("gold").resolve(SEED + ".gold.json"));
    }
}
