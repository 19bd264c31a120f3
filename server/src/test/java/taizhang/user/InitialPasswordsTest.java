package taizhang.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialPasswordsTest {

    @TempDir
    Path dir;

    @Test
    void writesThePasswordsToAFileOnlyTheOwnerMayRead() throws Exception {
        Path file = dir.resolve("data/initial-passwords.txt");
        new InitialPasswords(file).announce("首次启动", Map.of("admin", "s3cret-Password"));
        assertThat(Files.readString(file)).contains("首次启动").contains("admin / s3cret-Password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void narrowsAFileLeftWithWiderRightsBeforeAddingToIt() throws Exception {
        Path file = dir.resolve("initial-passwords.txt");
        Files.writeString(file, "earlier\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new InitialPasswords(file).announce("演示用户", Map.of("office", "another-Secret1"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("earlier\n").contains("office / another-Secret1");
    }

    @Test
    void theConsoleIsToldWhereTheFileIsButNotThePasswordWhenItIsNoTerminal() throws Exception {
        Path file = dir.resolve("p.txt");
        var out = new java.io.ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            new InitialPasswords(file).announce("首次启动", Map.of("admin", "never-on-the-log"));
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).contains(file.toAbsolutePath().toString());
        if (System.console() == null) {
            assertThat(printed).doesNotContain("never-on-the-log");
        }
    }
}
