package taizhang.webhook;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;
import taizhang.shared.RequestValues;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;

/**
 * Who may set and read an organisation's webhook: the admin and the offices whose subtree holds
 * the organisation set it and read its log; the organisation's own users read them. Anything
 * outside the user's subtree reads as not found. Every change of the settings is audited.
 */
@Service
public class WebhookService {

    static final int MAX_PAGE_SIZE = 200;

    private final WebhookRepository hooks;
    private final WebhookOutbox outbox;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final ReachableAddress addresses;
    private final Clock clock;

    WebhookService(
            WebhookRepository hooks,
            WebhookOutbox outbox,
            OrgService organisations,
            AuditTrail audit,
            ReachableAddress addresses,
            Clock clock) {
        this.hooks = hooks;
        this.addresses = addresses;
        this.outbox = outbox;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<WebhookView> find(CurrentUser user, long orgId) {
        Organisation org = readable(user, orgId);
        return hooks.find(orgId).map(h -> WebhookView.of(h, org.name()));
    }

    public WebhookView get(CurrentUser user, long orgId) {
        return find(user, orgId).orElseThrow(() -> new NotFoundException("单位 " + orgId + " 尚未设置外部推送"));
    }

    /**
     * Sets the URL, the secret and the switch. A blank secret keeps the one set before, so the
     * form need not show it; the first setting needs one.
     */
    @Transactional
    public WebhookView save(CurrentUser user, long orgId, String url, String secret, boolean enabled) {
        Organisation org = manageable(user, orgId);
        URI parsed = WebhookUrl.parse(url);
        addresses.checkSaved(parsed);
        String checkedUrl = parsed.toString();
        Optional<Webhook> before = hooks.find(orgId);
        String kept = secret == null || secret.isEmpty()
                ? before.map(Webhook::secret).orElseGet(() -> WebhookSecret.check(secret))
                : WebhookSecret.check(secret);
        Webhook after = new Webhook(orgId, checkedUrl, kept, enabled, user.username(), clock.instant());
        hooks.save(after);
        WebhookView view = WebhookView.of(after, org.name());
        audit.record(
                user.username(),
                "webhook.save",
                "organisation",
                orgId,
                before.map(h -> WebhookView.of(h, org.name())).orElse(null),
                view);
        return view;
    }

    @Transactional
    public void delete(CurrentUser user, long orgId) {
        Organisation org = manageable(user, orgId);
        Webhook before = hooks.find(orgId).orElseThrow(() -> new NotFoundException("单位 " + orgId + " 尚未设置外部推送"));
        hooks.delete(orgId, clock.instant());
        audit.record(
                user.username(), "webhook.delete", "organisation", orgId, WebhookView.of(before, org.name()), null);
    }

    /** Queues a test event, so the receiver can check the signature before real events come. */
    @Transactional
    public Delivery sendTest(CurrentUser user, long orgId) {
        Organisation org = manageable(user, orgId);
        String id = outbox.enqueue(
                orgId,
                "webhook.test",
                "{\"message\":\"这是一条测试推送\",\"orgName\":" + quoted(org.name()) + ",\"by\":" + quoted(user.username())
                        + "}");
        if (id == null) {
            throw new RuleViolationException(org.name() + "的外部推送尚未设置或已停用，无法发送测试推送");
        }
        return hooks.delivery(id).orElseThrow();
    }

    /** The organisation's delivery log, newest first. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(CurrentUser user, long orgId, int page, int size) {
        readable(user, orgId);
        if (page < 0) {
            throw RequestValues.outOfRange("page", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RequestValues.outOfRange("size", size);
        }
        return hooks.forOrganisation(orgId, page, size);
    }

    /** Whether the user may set webhooks at all: what the navigation asks. */
    public static boolean mayManage(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.OFFICE);
    }

    private Organisation readable(CurrentUser user, long orgId) {
        Organisation org = organisations.get(user, orgId);
        if (!mayManage(user) && user.organisationId() != orgId) {
            throw new ForbiddenException("只有系统管理员、整改办或本单位可以查看外部推送");
        }
        return org;
    }

    private Organisation manageable(CurrentUser user, long orgId) {
        Organisation org = organisations.get(user, orgId);
        if (!mayManage(user)) {
            throw new ForbiddenException("只有系统管理员或整改办可以设置外部推送");
        }
        return org;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
