package taizhang.admin;

import java.util.List;
import taizhang.org.Organisation;

/**
 * One organisation for the administrator: rename, move (to any node outside its own subtree),
 * deactivate, and the other names reports use for it (别名).
 */
public record OrganisationPage(
        Organisation organisation,
        String parentName,
        boolean active,
        List<Organisation> newParents,
        List<String> aliases,
        String message,
        String error) {}
