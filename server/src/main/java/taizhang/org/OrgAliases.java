package taizhang.org;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;

/**
 * 单位别名: the other names a unit goes by in reports ({@code 人社厅} for
 * 内蒙古自治区人力资源和社会保障厅). The office or the administrator keeps them for the units of
 * its subtree; the reader's unit matching uses them at the next import. Each change is audited.
 */
@Service
public class OrgAliases {

    static final int MAX_ALIAS = 100;

    private final OrgAliasRepository aliases;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    OrgAliases(OrgAliasRepository aliases, OrgService organisations, AuditTrail audit, Clock clock) {
        this.aliases = aliases;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit's aliases, for anyone who may see the unit. */
    public List<String> of(CurrentUser user, long organisationId) {
        organisations.get(user, organisationId);
        return aliases.of(organisationId);
    }

    @Transactional
    public List<String> add(CurrentUser user, long organisationId, String alias) {
        Organisation org = keeper(user, organisationId);
        String name = valid(alias);
        if (name.equals(org.name())) {
            throw new InvalidRequestException("alias", "别名与单位名称相同");
        }
        aliases.owner(name).ifPresent(owner -> {
            throw new RuleViolationException("“" + name + "”已是"
                    + (owner == organisationId
                            ? "本单位"
                            : "“"
                                    + organisations
                                            .find(owner)
                                            .map(Organisation::name)
                                            .orElse("") + "”")
                    + "的别名");
        });
        aliases.insert(organisationId, name, user.username(), clock.instant());
        audit.record(user.username(), "org.alias-add", "organisation", organisationId, null, Map.of("别名", name));
        return aliases.of(organisationId);
    }

    @Transactional
    public List<String> remove(CurrentUser user, long organisationId, String alias) {
        keeper(user, organisationId);
        String name = alias == null ? "" : alias.strip();
        if (!aliases.delete(organisationId, name)) {
            throw new NotFoundException("本单位没有别名“" + name + "”");
        }
        audit.record(user.username(), "org.alias-remove", "organisation", organisationId, Map.of("别名", name), null);
        return aliases.of(organisationId);
    }

    /** The unit, if the user keeps its aliases: an office or administrator whose subtree holds it. */
    private Organisation keeper(CurrentUser user, long organisationId) {
        Organisation org = organisations.get(user, organisationId);
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("只有整改办或系统管理员可以维护单位别名");
        }
        return org;
    }

    private static String valid(String alias) {
        String stripped = alias == null ? "" : alias.strip();
        if (stripped.length() < 2 || stripped.length() > MAX_ALIAS) {
            throw new InvalidRequestException("alias", "别名应为 2 到 " + MAX_ALIAS + " 个字");
        }
        return stripped;
    }
}
