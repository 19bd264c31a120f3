package taizhang.org;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;

/**
 * Imports the organisation tree from an Excel sheet with a 上级单位 column, all or nothing: the
 * whole sheet is checked first ({@link OrgImportPlan}), and one faulty row imports no row.
 */
@Service
public class OrgImports {

    /** What an accepted sheet did: the nodes created, and the rows already standing as written. */
    public record Result(int created, int unchanged) {}

    private final OrgService organisations;
    private final OrgRepository repository;
    private final AuditTrail audit;

    OrgImports(OrgService organisations, OrgRepository repository, AuditTrail audit) {
        this.organisations = organisations;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Result importSheet(CurrentUser admin, InputStream sheet) {
        OrgService.requireAdmin(admin);
        Map<String, Organisation> byName = new HashMap<>();
        repository.all().forEach(o -> byName.put(o.name(), o));
        OrgImportPlan plan = OrgImportPlan.of(OrgSheet.read(sheet), byName, repository.inactiveIds(), admin);
        if (!plan.accepted()) {
            throw new OrgImportRejectedException(plan.errors());
        }
        for (OrgImportPlan.NewNode node : plan.creations()) {
            Organisation parent = byName.get(node.parent());
            Organisation created =
                    repository.insert(parent.id(), parent.path(), node.name(), node.kind(), node.adminCode());
            byName.put(created.name(), created);
            audit.record(admin.username(), "org.create", "organisation", created.id(), null, created);
        }
        return new Result(plan.creations().size(), plan.unchanged());
    }
}
