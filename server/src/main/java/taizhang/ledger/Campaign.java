package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 整改任务: one rectification round, owned by the office of an organisation.
 *
 * @param archivedAt when the office archived it (归档): read-only from then on and left out of the
 *     default lists; null while it is in use
 */
public record Campaign(
        long id,
        String name,
        String source,
        long ownerOrgId,
        Integer reportYear,
        LocalDate startsOn,
        LocalDate endsOn,
        int version,
        Instant archivedAt) {

    /** A campaign in use. */
    public Campaign(
            long id,
            String name,
            String source,
            long ownerOrgId,
            Integer reportYear,
            LocalDate startsOn,
            LocalDate endsOn,
            int version) {
        this(id, name, source, ownerOrgId, reportYear, startsOn, endsOn, version, null);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** Refuses a change to an archived campaign's ledger. */
    void requireInUse() {
        if (archived()) {
            throw new IllegalTransitionException("整改任务“" + name + "”已归档，只能查看；如需修改请先取消归档");
        }
    }

    Campaign renamed(String newName) {
        requireInUse();
        if (newName == null || newName.isBlank()) {
            throw new IllegalTransitionException("整改任务名称不能为空");
        }
        return new Campaign(id, newName.strip(), source, ownerOrgId, reportYear, startsOn, endsOn, version, null);
    }

    Campaign archive(Instant at) {
        requireInUse();
        return new Campaign(id, name, source, ownerOrgId, reportYear, startsOn, endsOn, version, at);
    }

    Campaign unarchived() {
        if (!archived()) {
            throw new IllegalTransitionException("整改任务“" + name + "”未归档");
        }
        return new Campaign(id, name, source, ownerOrgId, reportYear, startsOn, endsOn, version, null);
    }
}
