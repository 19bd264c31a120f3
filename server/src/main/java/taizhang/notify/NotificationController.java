package taizhang.notify;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** The signed-in user's inbox through the API: list, count, and mark read. */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The user's notifications (kind, text, link, createdAt, read), newest first; {@code unread} for unread ones only. */
    @GetMapping
    List<Notification> list(
            CurrentUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return notifications.inbox(user, unread, page, size);
    }

    /** How many of the user's notifications are unread: {@code {"unread": n}}. */
    @GetMapping("/unread-count")
    Map<String, Integer> unreadCount(CurrentUser user) {
        return Map.of("unread", notifications.unread(user));
    }

    /** Marks one of the user's own notifications read (403 for someone else's, 404 for none). */
    @PostMapping("/{id}/read")
    Notification read(CurrentUser user, @PathVariable long id) {
        return notifications.markRead(user, id);
    }

    /** Marks every unread notification of the user read: {@code {"marked": n}}. */
    @PostMapping("/read-all")
    Map<String, Integer> readAll(CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user));
    }
}
