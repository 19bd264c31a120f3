package taizhang.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the chain's head now and then ({@code taizhang.audit.checkpoint-interval}) with the key
 * given by configuration, and exports the checkpoints so that a copy kept elsewhere can be checked
 * offline and against the database later. Without a key nothing is signed.
 */
@Service
public class AuditCheckpoints {

    private final AuditRepository events;
    private final Optional<CheckpointKey> key;
    private final Duration interval;
    private final Clock clock;

    AuditCheckpoints(
            AuditRepository events,
            @Value("${taizhang.audit.checkpoint-key:}") String secret,
            @Value("${taizhang.audit.checkpoint-key-file:}") String keyFile,
            @Value("${taizhang.audit.checkpoint-interval:PT10M}") Duration interval,
            Clock clock) {
        this.events = events;
        this.key = CheckpointKey.configured(secret, keyFile);
        this.interval = interval;
        this.clock = clock;
    }

    Optional<CheckpointKey> key() {
        return key;
    }

    /** Signs the head if a key is configured, the head moved since the last checkpoint and that is old enough. */
    @Transactional
    public Optional<Checkpoint> signIfDue() {
        Optional<Checkpoint> last = events.lastCheckpoint();
        if (last.isPresent() && last.get().signedAt().plus(interval).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return sign();
    }

    /** Signs the head now if a key is configured and the head moved since the last checkpoint. */
    @Transactional
    public Optional<Checkpoint> sign() {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return sign(key.get());
    }

    Optional<Checkpoint> sign(CheckpointKey with) {
        AuditRepository.Head head = events.head();
        Optional<Checkpoint> last = events.lastCheckpoint();
        if (head.lastSeq() == 0 || last.map(c -> c.seq() == head.lastSeq()).orElse(false)) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checkpoint checkpoint =
                Checkpoint.sign(with, last.map(Checkpoint::n).orElse(0L) + 1, head.lastSeq(), head.lastHash(), now);
        events.insertCheckpoint(checkpoint);
        return Optional.of(checkpoint);
    }

    public List<Checkpoint> all() {
        return events.checkpoints();
    }

    /** Writes every checkpoint as one JSON line, to be kept away from the database. */
    public int export(Writer out) {
        List<Checkpoint> all = all();
        try {
            for (Checkpoint c : all) {
                out.write(CheckpointFile.line(c));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.size();
    }
}
