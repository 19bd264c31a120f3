package taizhang.user;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.Role;

/**
 * Users who sign in through the body's identity system. The first sign-in of an unknown user
 * creates it without a local password, in the mapped (or else the configured) organisation,
 * with the mapped roles or none, or is refused, by setting. Later sign-ins bring the user's
 * roles and organisation in line with what the directory maps them to, when the configuration
 * maps them; each change is audited with the identity system as its actor and moves the
 * security stamp, so the user's other sessions take it on their next request.
 */
@Service
public class ExternalAccounts {

    /** What the first sign-in of a user Taizhang does not know does. */
    public enum UnknownUsers {
        CREATE,
        REFUSE
    }

    /** Directory names are often e-mail addresses: the local rule's characters and the @. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private final UserRepository users;
    private final OrgService organisations;
    private final SignInAudit signIns;
    private final AuditTrail audit;

    ExternalAccounts(UserRepository users, OrgService organisations, SignInAudit signIns, AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.signIns = signIns;
        this.audit = audit;
    }

    /**
     * Signs the identity in: the user as it now stands, or {@link ExternalSignInRefused}
     * (audited as a failed sign-in).
     *
     * @param newUserOrganisation the name of the organisation an unknown user goes to when its claims map it to none
     */
    @Transactional(noRollbackFor = ExternalSignInRefused.class)
    public UserService.Login signIn(
            ExternalIdentity identity, UnknownUsers unknown, String newUserOrganisation, String address) {
        String name = identity.username();
        if (name == null || !NAME.matcher(name).matches()) {
            throw refused(identity, address, "BAD_NAME");
        }
        Optional<UserRepository.Credentials> existing = users.findByUsername(name);
        long id;
        if (existing.isEmpty()) {
            if (unknown == UnknownUsers.REFUSE) {
                throw refused(identity, address, "UNKNOWN_USER");
            }
            id = create(identity, newUserOrganisation, address);
        } else {
            User user = existing.get().user();
            if (!user.enabled()) {
                throw refused(identity, address, "DISABLED");
            }
            id = user.id();
            align(identity, user);
        }
        signIns.succeeded(name, address, identity.via());
        return UserService.login(users.findById(id).orElseThrow());
    }

    private long create(ExternalIdentity identity, String newUserOrganisation, String address) {
        Optional<Long> organisation =
                activeOrganisation(identity.organisation() != null ? identity.organisation() : newUserOrganisation);
        if (organisation.isEmpty()) {
            throw refused(identity, address, "NO_ORGANISATION");
        }
        String displayName =
                identity.displayName() == null || identity.displayName().isBlank()
                        ? identity.username()
                        : identity.displayName().strip();
        displayName = displayName.length() > 100 ? displayName.substring(0, 100) : displayName;
        Set<Role> roles = identity.roles() == null ? Set.of() : identity.roles();
        long id = users.insert(identity.username(), displayName, organisation.get(), null, roles, false);
        audit.record(
                identity.via(), "user.create", "user", id, null, users.find(id).orElseThrow());
        return id;
    }

    private void align(ExternalIdentity identity, User before) {
        if (identity.roles() != null && !identity.roles().equals(before.roles())) {
            users.replaceRoles(before.id(), identity.roles());
            audit.record(
                    identity.via(),
                    "user.roles",
                    "user",
                    before.id(),
                    before,
                    users.find(before.id()).orElseThrow());
        }
        Optional<Long> organisation = activeOrganisation(identity.organisation());
        if (organisation.isPresent() && organisation.get() != before.organisationId()) {
            User now = users.find(before.id()).orElseThrow();
            users.updateOrganisation(before.id(), organisation.get());
            audit.record(
                    identity.via(),
                    "user.organisation",
                    "user",
                    before.id(),
                    now,
                    users.find(before.id()).orElseThrow());
        }
    }

    /** The id of the named organisation, if it exists and is active (a deactivated one takes no users). */
    private Optional<Long> activeOrganisation(String name) {
        return name == null
                ? Optional.empty()
                : organisations.findByName(name.strip()).map(Organisation::id).filter(organisations::isActive);
    }

    private ExternalSignInRefused refused(ExternalIdentity identity, String address, String reason) {
        signIns.failed(identity.username(), address, reason, false, identity.via());
        return new ExternalSignInRefused(reason);
    }
}
