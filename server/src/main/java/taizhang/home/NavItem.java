package taizhang.home;

import java.util.ArrayList;
import java.util.List;
import taizhang.audit.AuditReaders;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/** One entry of the navigation bar. */
public record NavItem(String href, String label) {

    static final NavItem DASHBOARD = new NavItem("/dashboard", "总览");
    static final NavItem LEDGER = new NavItem("/ledger", "整改台账");
    static final NavItem MY = new NavItem("/my", "我的任务");
    static final NavItem REVIEW = new NavItem("/review", "审核销号");
    static final NavItem CYCLES = new NavItem("/cycles", "调度周期");
    static final NavItem EXTENSIONS = new NavItem("/extensions", "签收与延期");
    static final NavItem IMPORTS = new NavItem("/imports", "导入报告");
    static final NavItem REPORTS = new NavItem("/reports", "通报与台账");
    static final NavItem SUPERVISION = new NavItem("/supervision", "对口督导");
    static final NavItem ASSESSMENT = new NavItem("/assessment", "年度考核");
    static final NavItem MY_ASSESSMENT = new NavItem("/assessment/mine", "我的考核");
    static final NavItem WEBHOOKS = new NavItem("/webhooks", "外部推送");
    static final NavItem USERS = new NavItem("/admin/users", "用户管理");
    static final NavItem ORGANISATIONS = new NavItem("/admin/organisations", "单位管理");
    static final NavItem AUDIT = new NavItem("/admin/audit", "审计记录");
    static final NavItem ACCOUNT = new NavItem("/account", "账户与安全");

    /**
     * What each role works with: the office runs the whole loop, leaders read, units report,
     * supervisors check the figures and the review queue and record 督导事项. The administrator
     * keeps the system (users, organisations, the audit trail, outgoing webhooks), not the ledger:
     * its menu is its own, and the office's pages join it only when it is an office as well.
     */
    static List<NavItem> forUser(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.hasAny(Role.OFFICE, Role.LEADER, Role.SUPERVISOR)) {
            items.add(DASHBOARD);
        }
        if (user.hasAny(Role.OFFICE, Role.UNIT, Role.LEADER, Role.SUPERVISOR)) {
            items.add(LEDGER);
        }
        if (user.has(Role.UNIT)) {
            items.add(MY);
        }
        if (user.hasAny(Role.OFFICE, Role.SUPERVISOR)) {
            items.add(REVIEW);
        }
        if (user.has(Role.OFFICE)) {
            items.add(CYCLES);
            items.add(EXTENSIONS);
            items.add(IMPORTS);
        }
        if (user.hasAny(Role.OFFICE, Role.LEADER, Role.SUPERVISOR)) {
            items.add(SUPERVISION);
        }
        if (user.hasAny(Role.OFFICE, Role.UNIT, Role.LEADER, Role.SUPERVISOR)) {
            items.add(REPORTS);
        }
        if (user.hasAny(Role.OFFICE, Role.LEADER)) {
            items.add(ASSESSMENT);
        } else if (user.has(Role.UNIT)) {
            items.add(MY_ASSESSMENT);
        }
        if (user.has(Role.ADMIN)) {
            items.add(USERS);
            items.add(ORGANISATIONS);
        }
        if (AuditReaders.mayRead(user)) {
            items.add(AUDIT);
        }
        if (user.hasAny(Role.OFFICE, Role.ADMIN)) {
            items.add(WEBHOOKS);
        }
        return List.copyOf(items);
    }

    /**
     * Where the user lands after signing in: the page of its main work. The administrator keeps
     * users, a unit reports (我的任务), and the office, leaders and supervisors read the 总览 first.
     */
    static NavItem landing(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return USERS;
        }
        if (user.has(Role.UNIT) && !user.has(Role.OFFICE)) {
            return MY;
        }
        List<NavItem> items = forUser(user);
        // A user the identity system brought in has no role until the administrator grants one.
        return items.isEmpty() ? ACCOUNT : items.get(0);
    }
}
