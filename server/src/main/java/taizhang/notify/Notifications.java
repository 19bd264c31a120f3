package taizhang.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.home.InboxCounter;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;

/**
 * The inbox: stores a notice once per organisation and event and delivers it to the organisation's
 * users; each user reads and marks only their own notifications.
 */
@Service
public class Notifications implements InboxCounter {

    public static final int MAX_PAGE_SIZE = 200;

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the notice and fills the inboxes, unless the organisation was already told of the
     * event; then publishes {@link NotificationCreated} in this transaction. True if stored now.
     */
    @Transactional
    public boolean deliver(Notice notice) {
        Instant now = clock.instant();
        Optional<Long> stored = notifications.insertNotice(notice, now);
        stored.ifPresent(id -> {
            notifications.deliver(id, notice.orgId());
            events.publishEvent(new NotificationCreated(
                    notice.orgId(),
                    notice.kind(),
                    new NotificationCreated.Payload(id, notice.kind().label(), notice.text(), notice.link(), now)));
        });
        return stored.isPresent();
    }

    /**
     * Delivers each notice in a transaction of its own making: what listeners after a commit and
     * the jobs call. How many were stored now (the rest had been told already).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int deliverAll(List<Notice> notices) {
        int stored = 0;
        for (Notice notice : notices) {
            stored += deliver(notice) ? 1 : 0;
        }
        return stored;
    }

    /** The user's notifications, newest first. */
    public List<Notification> inbox(CurrentUser user, boolean unreadOnly, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return notifications.inbox(user.id(), unreadOnly, Math.max(0, page) * limit, limit);
    }

    @Override
    public int unread(CurrentUser user) {
        return notifications.unread(user.id());
    }

    /** Marks one of the user's own notifications read; someone else's is refused. */
    @Transactional
    public Notification markRead(CurrentUser user, long id) {
        long owner = notifications.owner(id).orElseThrow(() -> NotFoundException.of("消息", id));
        if (owner != user.id()) {
            throw new ForbiddenException("只能标记自己的消息");
        }
        notifications.markRead(user.id(), id, clock.instant());
        return notifications.find(id).orElseThrow();
    }

    /** Marks every unread notification of the user read; how many. */
    @Transactional
    public int markAllRead(CurrentUser user) {
        return notifications.markRead(user.id(), null, clock.instant());
    }
}
