package taizhang.admin;

import java.util.List;
import taizhang.org.Organisation;

/**
 * One organisation for the administrator: rename, move (to any node outside its own subtree),
 * deactivate, and the other names reports use for it (别名). A message belongs to the part acted on ({@code at}).
 */
public record OrganisationPage(
        Organisation organisation,
        String parentName,
        boolean active,
        List<Organisation> newParents,
        List<String> aliases,
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
}
