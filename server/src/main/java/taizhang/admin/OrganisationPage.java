package taizhang.admin;

import java.util.List;
import taizhang.org.Organisation;

/** One organisation for the administrator: rename, move (to any node outside its own subtree), deactivate. */
public record OrganisationPage(
        Organisation organisation,
        String parentName,
        boolean active,
        List<Organisation> newParents,
        String message,
        String error) {}
