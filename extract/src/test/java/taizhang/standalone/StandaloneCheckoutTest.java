package taizhang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone builds and tests with nothing beside it: no POM, source or resource of any module
 * names a folder outside the repository. The extractor's tests once read the seed report and
 * its gold from a {@code shared/} folder next to the checkout, so a bare clone failed them.
 * The check lives in the first module of the build and reads every module.
 */
class StandaloneCheckoutTest {

    // Maven and IDEs run a module's tests in the module's folder, which sits in the repository's root.
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    // This folder: the rule's own examples of what it finds.
    private static final Path EXAMPLES =
            Path.of("src/test/java/taizhang/standalone").toAbsolutePath();

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    // Not references: the upload name a path-traversal test hands the evidence service to strip.
    private static final Set<String> ALLOWED =
            Set.of("server/src/test/java/taizhang/evidence/EvidenceCheckTest.java: ../../etc/passwd\\u0000.png");

    @Test
    void noPomSourceOrResourceRefersToAFolderOutsideTheRepository() throws IOException {
        List<String> modules = modules();
        assertThat(modules).as("modules of " + ROOT.resolve("pom.xml")).contains("extract");
        List<String> found = new ArrayList<>(scan(ROOT.resolve("pom.xml"), 0));
        for (String module : modules) {
            Path folder = ROOT.resolve(module);
            int depth = Path.of(module).getNameCount();
            found.addAll(scan(folder.resolve("pom.xml"), depth));
            try (Stream<Path> files = Files.walk(folder.resolve("src"))) {
                for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.startsWith(EXAMPLES))
                        .sorted()
                        .toList()) {
                    found.addAll(scan(file, depth));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> modules() throws IOException {
        return MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")))
                .results()
                .map(m -> m.group(1).trim())
                .toList();
    }

    /** Each outside path in a text file as {@code file:line: path}; binary files have none to read. */
    private static List<String> scan(Path file, int depth) throws IOException {
        String text = text(Files.readAllBytes(file));
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String name = ROOT.relativize(file).toString().replace('\\', '/');
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            for (String path : OutsideReferences.in(lines.get(i), depth)) {
                if (!ALLOWED.contains(name + ": " + path)) {
                    found.add(name + ":" + (i + 1) + ": " + path);
                }
            }
        }
        return found;
    }

    private static String text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
