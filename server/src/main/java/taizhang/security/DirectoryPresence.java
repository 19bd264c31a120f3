package taizhang.security;

/**
 * Whether the directory still has a user who signed in through it, active: asked on each of
 * the session's requests, so a user disabled or removed there is out on its next one.
 */
@FunctionalInterface
interface DirectoryPresence {

    /** Nothing to ask: sessions not signed in through a directory, and setups without one. */
    DirectoryPresence NONE = principal -> true;

    boolean stillActive(TaizhangPrincipal principal);
}
