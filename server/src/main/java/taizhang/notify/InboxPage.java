package taizhang.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 消息: the user's notifications, newest first, a page at a time. */
public record InboxPage(List<Notification> items, int page, boolean hasNext, int unread, ZoneId zone) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String when(Notification n) {
        return WHEN.format(n.createdAt().atZone(zone));
    }
}
