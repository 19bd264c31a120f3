package taizhang.notify;

import java.time.ZoneId;
import java.util.List;
import taizhang.shared.Dates;

/** 消息: the user's notifications, newest first, a page at a time. */
public record InboxPage(List<Notification> items, int page, boolean hasNext, int unread, ZoneId zone) {

    public String when(Notification n) {
        return Dates.minute(n.createdAt(), zone);
    }
}
