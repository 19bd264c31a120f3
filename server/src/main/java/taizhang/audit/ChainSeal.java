package taizhang.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One step of {@link AuditSealer}: a short transaction that moves pending events into the chain. */
final class ChainSeal {

    private final AuditRepository chain;
    private final TransactionTemplate transaction;

    ChainSeal(DataSource source) {
        this.chain = new AuditRepository(new JdbcTemplate(source));
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
    }

    List<String> pendingBatches() {
        return chain.pendingBatches();
    }

    /**
     * Seals up to {@code limit} events of the batches, in their order, in one transaction: many
     * small writes committed together cost one lock of the head, one insert and one move of it.
     * Says for each batch it reached whether that batch is done.
     */
    Map<String, Boolean> next(List<String> batches, int limit) {
        return transaction.execute(status -> {
            AuditRepository.Head head = chain.lockHead();
            Map<String, Boolean> done = new LinkedHashMap<>();
            List<AuditEvent> events = new ArrayList<>();
            long seq = head.lastSeq();
            String prevHash = head.lastHash();
            for (String batch : batches) {
                int room = limit - events.size();
                if (room == 0) {
                    break;
                }
                List<AuditRepository.PendingEvent> pending = chain.pending(batch, room);
                for (AuditRepository.PendingEvent p : pending) {
                    AuditEvent event = AuditEvent.chained(
                            ++seq,
                            prevHash,
                            p.occurredAt(),
                            p.actor(),
                            p.action(),
                            p.objectType(),
                            p.objectId(),
                            p.beforeJson(),
                            p.afterJson());
                    events.add(event);
                    prevHash = event.hash();
                }
                if (!pending.isEmpty()) {
                    chain.deletePending(batch, pending.get(pending.size() - 1).position());
                }
                done.put(batch, pending.size() < room);
            }
            if (!events.isEmpty()) {
                chain.appendAll(events);
            }
            return done;
        });
    }
}
