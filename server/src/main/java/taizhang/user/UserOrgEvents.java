package taizhang.user;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import taizhang.org.OrganisationDeactivating;
import taizhang.org.OrganisationMoved;
import taizhang.shared.RuleViolationException;

/** What the organisation tree's changes mean for users: both run inside the tree's transaction. */
@Component
class UserOrgEvents {

    private final UserRepository users;

    UserOrgEvents(UserRepository users) {
        this.users = users;
    }

    /** The moved subtree's users act with a new path: their sessions take it on their next request. */
    @EventListener
    void moved(OrganisationMoved moved) {
        users.touchSubtree(moved.newPath() + "%");
    }

    /** A unit whose people still sign in stays active: they are disabled or moved first. */
    @EventListener
    void deactivating(OrganisationDeactivating deactivating) {
        long enabled = users.enabledIn(deactivating.organisationId());
        if (enabled > 0) {
            throw new RuleViolationException("“" + deactivating.name() + "”还有 " + enabled + " 个启用的用户，请先停用或调往其他单位");
        }
    }
}
