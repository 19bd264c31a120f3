package taizhang.webhook;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;

/**
 * The 外部推送 page: set an organisation's webhook, send a test, read the delivery log; each
 * action's message (or refusal) stands beside the settings.
 */
@Controller
class WebhookPageController implements PageController {

    static final int SHOWN = 50;

    private static final String SETTINGS = "settings";

    private final WebhookService webhooks;
    private final OrgService organisations;

    WebhookPageController(WebhookService webhooks, OrgService organisations) {
        this.webhooks = webhooks;
        this.organisations = organisations;
    }

    @GetMapping("/webhooks")
    String page(CurrentUser user, @RequestParam(required = false) Long org, Model model) {
        if (!WebhookService.mayManage(user)) {
            throw new ForbiddenException("只有系统管理员或整改办可以设置外部推送");
        }
        List<Organisation> visible = organisations.visibleTo(user);
        Organisation chosen =
                org == null ? organisations.get(user, user.organisationId()) : organisations.get(user, org);
        model.addAttribute(
                "page",
                new WebhooksPage(
                        visible,
                        chosen,
                        webhooks.find(user, chosen.id()).orElse(null),
                        webhooks.deliveries(user, chosen.id(), 0, SHOWN)));
        return "webhook/webhooks";
    }

    @PostMapping("/webhooks/save")
    ResponseEntity<Void> save(
            CurrentUser user,
            @RequestParam long org,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String secret,
            @RequestParam(defaultValue = "false") boolean enabled,
            HttpServletRequest request,
            HttpServletResponse response) {
        webhooks.save(user, org, url, secret, enabled);
        return Htmx.reload(request, response, page(org), "已保存推送设置", SETTINGS);
    }

    @PostMapping("/webhooks/delete")
    ResponseEntity<Void> delete(
            CurrentUser user, @RequestParam long org, HttpServletRequest request, HttpServletResponse response) {
        webhooks.delete(user, org);
        return Htmx.reload(request, response, page(org), "已删除推送设置", SETTINGS);
    }

    @PostMapping("/webhooks/test")
    ResponseEntity<Void> test(
            CurrentUser user, @RequestParam long org, HttpServletRequest request, HttpServletResponse response) {
        webhooks.sendTest(user, org);
        return Htmx.reload(request, response, page(org), "已排入一条测试推送，半分钟内发出，结果见下方推送记录", SETTINGS);
    }

    private static String page(long org) {
        return "/webhooks?org=" + org;
    }
}
