package taizhang.user;

import java.util.EnumSet;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.org.DemoOrgTree;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.DemoClockStore;
import taizhang.shared.Role;
import taizhang.shared.ServerClock;

/**
 * On the first start of an empty database: the organisation tree (the demo one, or a single
 * root) and one administrator with a random password, written to the owner-only file of
 * {@link InitialPasswords}, never to the log. The demo's first start keeps how far its clock runs
 * off the real one ({@code taizhang.demo-today}); a later start takes that back, and a database the
 * demo did not start runs on the real clock whatever the setting says.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private final OrgService organisations;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final InitialPasswords initialPasswords;
    private final ServerClock clock;
    private final DemoClockStore demoClock;
    private final boolean demo;
    private final String rootName;

    FirstStart(
            OrgService organisations,
            UserService users,
            ApplicationEventPublisher events,
            InitialPasswords initialPasswords,
            ServerClock clock,
            DemoClockStore demoClock,
            @Value("${taizhang.demo:true}") boolean demo,
            @Value("${taizhang.root-organisation:本单位}") String rootName) {
        this.organisations = organisations;
        this.users = users;
        this.events = events;
        this.initialPasswords = initialPasswords;
        this.clock = clock;
        this.demoClock = demoClock;
        this.demo = demo;
        this.rootName = rootName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!organisations.isEmpty() || !users.isEmpty()) {
            clock.setOffsetDays(demoClock.offsetDays().orElse(0L));
            return;
        }
        if (demo) {
            demoClock.keep(clock.offsetDays());
        }
        Organisation root = demo
                ? DemoOrgTree.create(organisations).get(DemoOrgTree.REGION)
                : organisations.createBySystem(null, rootName, OrgKind.REGION, null);
        String password = UserService.randomPassword();
        users.createBySystem("admin", "系统管理员", root.id(), EnumSet.of(Role.ADMIN), password);
        initialPasswords.announce(
                "Taizhang 首次启动：已创建管理员 admin / First start: administrator 'admin'", Map.of("admin", password));
        events.publishEvent(new FirstStartEvent(root, demo));
    }
}
