package taizhang.webhook;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.PageController;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;

/** The 外部推送 page: set an organisation's webhook, send a test, read the delivery log. */
@Controller
class WebhookPageController implements PageController {

    static final int SHOWN = 50;

    private static final Map<String, String> DONE = Map.of(
            "saved", "已保存推送设置",
            "deleted", "已删除推送设置",
            "tested", "已排入一条测试推送，半分钟内发出，结果见下方推送记录");

    private final WebhookService webhooks;
    private final OrgService organisations;

    WebhookPageController(WebhookService webhooks, OrgService organisations) {
        this.webhooks = webhooks;
        this.organisations = organisations;
    }

    @GetMapping("/webhooks")
    String page(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) String done,
            Model model) {
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
                        webhooks.deliveries(user, chosen.id(), 0, SHOWN),
                        done == null ? null : DONE.get(done)));
        return "webhook/webhooks";
    }

    @PostMapping("/webhooks/save")
    String save(
            CurrentUser user,
            @RequestParam long org,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String secret,
            @RequestParam(defaultValue = "false") boolean enabled) {
        webhooks.save(user, org, url, secret, enabled);
        return "redirect:/webhooks?org=" + org + "&done=saved";
    }

    @PostMapping("/webhooks/delete")
    String delete(CurrentUser user, @RequestParam long org) {
        webhooks.delete(user, org);
        return "redirect:/webhooks?org=" + org + "&done=deleted";
    }

    @PostMapping("/webhooks/test")
    String test(CurrentUser user, @RequestParam long org) {
        webhooks.sendTest(user, org);
        return "redirect:/webhooks?org=" + org + "&done=tested";
    }
}
