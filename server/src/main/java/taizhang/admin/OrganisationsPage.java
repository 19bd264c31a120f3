package taizhang.admin;

import java.util.List;
import taizhang.org.OrgKind;
import taizhang.org.Organisation;

/**
 * 单位管理: the administrator's subtree as an indented list, the form that creates a node and the
 * Excel import. {@code importErrors} lists a refused sheet's faults, each named by its row.
 */
public record OrganisationsPage(
        List<Node> nodes,
        List<Organisation> parents,
        List<OrgKind> kinds,
        List<String> importErrors,
        String message,
        String error,
        String at) {

    /** The confirmation, when it is of the part {@code part} (null: of no part, shown at the top). */
    public String messageAt(String part) {
        return Outcome.in(part, at, message);
    }

    /** The refusal, when it is of the part {@code part} (null: of no part, shown at the top). */
    public String errorAt(String part) {
        return Outcome.in(part, at, error);
    }

    /** One node: its depth below the administrator's own, and whether it is active. */
    public record Node(Organisation organisation, int depth, boolean active) {}
}
