package taizhang.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exported checkpoints: one JSON object per line ({@code n, seq, hash, signedAt, mac}), read back
 * by {@code verify-audit --checkpoints} and checked offline, without the database, by
 * {@code audit-checkpoints --check}.
 */
public final class CheckpointFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CheckpointFile() {}

    public static String line(Checkpoint c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("n", c.n());
        node.put("seq", c.seq());
        node.put("hash", c.hash());
        node.put("signedAt", c.signedAt().toString());
        node.put("mac", c.mac());
        return JSON.writeValueAsString(node);
    }

    public static List<Checkpoint> read(Path file) throws IOException {
        List<Checkpoint> read = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                read.add(new Checkpoint(
                        node.get("n").asLong(),
                        node.get("seq").asLong(),
                        node.get("hash").asString(),
                        Instant.parse(node.get("signedAt").asString()),
                        node.get("mac").asString()));
            } catch (RuntimeException e) {
                throw new IOException(file + " 第 " + number + " 行不是检查点 / line " + number + " is not a checkpoint", e);
            }
        }
        return read;
    }

    /**
     * Checks exported checkpoints on their own: each signed with the key, numbered without a gap,
     * never going back in the chain. Empty when all hold, else what is wrong with the first that does not.
     */
    public static Optional<String> check(List<Checkpoint> checkpoints, CheckpointKey key) {
        ChainCheck check = new ChainCheck(Optional.of(key), checkpoints);
        return check.checkpointProblem();
    }
}
