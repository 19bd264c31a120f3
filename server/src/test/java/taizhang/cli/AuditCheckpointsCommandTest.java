package taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import taizhang.Taizhang;
import taizhang.audit.Checkpoint;
import taizhang.audit.CheckpointFile;
import taizhang.audit.CheckpointKey;

/** Exported checkpoints are checked offline: no server, no database, only the file and the key. */
class AuditCheckpointsCommandTest {

    private static final String SECRET = "an-offline-checkpoint-key-0123456789";

    @TempDir
    Path dir;

    private Path exported(List<Checkpoint> checkpoints) throws Exception {
        Path file = dir.resolve("checkpoints.jsonl");
        StringBuilder lines = new StringBuilder();
        checkpoints.forEach(c -> lines.append(CheckpointFile.line(c)).append('\n'));
        Files.writeString(file, lines);
        return file;
    }

    private int check(Path file) throws Exception {
        Path key = dir.resolve("key");
        Files.writeString(key, SECRET + "\n");
        return new CommandLine(new Taizhang())
                .execute("audit-checkpoints", "--check", file.toString(), "--key-file", key.toString());
    }

    @Test
    void aFileSignedWithTheKeyPassesAndAnEditedOneDoesNot() throws Exception {
        CheckpointKey key = CheckpointKey.of(SECRET);
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        Checkpoint first = Checkpoint.sign(key, 1, 120, "a".repeat(64), at);
        Checkpoint second = Checkpoint.sign(key, 2, 180, "b".repeat(64), at.plusSeconds(600));
        assertThat(check(exported(List.of(first, second)))).isZero();

        Checkpoint edited = new Checkpoint(2, 180, "c".repeat(64), second.signedAt(), second.mac());
        assertThat(check(exported(List.of(first, edited)))).isOne();
        assertThat(check(exported(List.of(second)))).as("the first one removed").isOne();
    }
}
