package taizhang.home;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * What each role works with: the office runs the whole loop, leaders read, units report,
     * supervisors check the figures and the review queue and record 督导事项.
     */
    static List<NavItem> forUser(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER, Role.SUPERVISOR)) {
            items.add(DASHBOARD);
        }
        items.add(LEDGER);
        if (user.has(Role.UNIT)) {
            items.add(MY);
        }
        if (user.hasAny(Role.OFFICE, Role.ADMIN, Role.SUPERVISOR)) {
            items.add(REVIEW);
        }
        if (user.hasAny(Role.OFFICE, Role.ADMIN)) {
            items.add(CYCLES);
            items.add(EXTENSIONS);
        }
        if (user.hasAny(Role.OFFICE, Role.ADMIN)) {
            items.add(IMPORTS);
        }
        if (user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER, Role.SUPERVISOR)) {
            items.add(SUPERVISION);
        }
        items.add(REPORTS);
        if (user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER)) {
            items.add(ASSESSMENT);
        } else if (user.has(Role.UNIT)) {
            items.add(MY_ASSESSMENT);
        }
        if (user.hasAny(Role.OFFICE, Role.ADMIN)) {
            items.add(WEBHOOKS);
        }
        return List.copyOf(items);
    }
}
