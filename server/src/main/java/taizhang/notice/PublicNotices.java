package taizhang.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.report.ProgressNotice;

/**
 * What anyone may read without signing in: the published notices, each in its public version (the
 * measures the office marked internal left out; accountability is never in a notice). Nothing
 * else of a notice is reachable here: not a draft, not the full version. A published notice never
 * changes, so its public document is kept in memory once read.
 */
@Service
public class PublicNotices {

    /** A campaign with its published notices, newest first. */
    public record Campaign(long id, String name, List<NoticeSummary> notices) {}

    static final int CACHED = 500;

    private final NoticeRepository notices;
    private final Map<Long, ProgressNotice> documents = new ConcurrentHashMap<>();

    PublicNotices(NoticeRepository notices) {
        this.notices = notices;
    }

    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        Map<Long, Campaign> byCampaign = new LinkedHashMap<>();
        for (NoticeSummary n : notices.allPublished()) {
            byCampaign
                    .computeIfAbsent(
                            n.campaignId(), id -> new Campaign(id, n.campaignName(), new java.util.ArrayList<>()))
                    .notices()
                    .add(n);
        }
        return byCampaign.values().stream()
                .map(c -> new Campaign(c.id(), c.name(), List.copyOf(c.notices())))
                .toList();
    }

    /** The public version of a published notice; empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<ProgressNotice> document(long id) {
        ProgressNotice cached = documents.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProgressNotice> found =
                notices.find(id).filter(Notice::published).map(Notice::publicDocument);
        if (found.isPresent() && documents.size() < CACHED) {
            documents.put(id, found.get());
        }
        return found;
    }
}
