package taizhang.notify;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.user.UserService;
import taizhang.user.UserSettings;

/** 消息 and 我的设置: the inbox page, its read marks, and where notices are mailed. */
@Controller
class InboxPageController implements PageController {

    static final int PAGE_SIZE = 30;

    private final Notifications notifications;
    private final UserService users;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    InboxPageController(
            Notifications notifications, UserService users, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String inbox(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        var items = notifications.inbox(user, false, page, PAGE_SIZE + 1);
        model.addAttribute(
                "page",
                new InboxPage(
                        items.subList(0, Math.min(items.size(), PAGE_SIZE)),
                        Math.max(0, page),
                        items.size() > PAGE_SIZE,
                        notifications.unread(user),
                        clock.getZone()));
        return "notify/inbox";
    }

    /** Opens the page a notice links to, and marks it read on the way. */
    @GetMapping("/notifications/{id}/open")
    String open(CurrentUser user, @PathVariable long id) {
        String link = notifications.markRead(user, id).link();
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/{id}/read")
    String read(CurrentUser user, @PathVariable long id) {
        notifications.markRead(user, id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(CurrentUser user) {
        notifications.markAllRead(user);
        return "redirect:/notifications";
    }

    @GetMapping("/settings")
    String settings(CurrentUser user, Model model) {
        UserSettings settings = users.settings(user);
        model.addAttribute(
                "page",
                new SettingsPage(settings.email(), settings.emailNotifications(), mail.getIfAvailable() != null));
        return "notify/settings";
    }

    /** The message (or, with htmx, the refusal) stands beside the form. */
    @PostMapping("/settings")
    ResponseEntity<Void> saveSettings(
            CurrentUser user,
            @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean emailNotifications,
            HttpServletRequest request,
            HttpServletResponse response) {
        users.updateSettings(user, email, emailNotifications);
        return Htmx.reload(request, response, "/settings", "已保存", "mail");
    }
}
