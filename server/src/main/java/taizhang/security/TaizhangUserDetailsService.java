package taizhang.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import taizhang.user.UserService;

/** Loads users for the login form and counts failed attempts towards the lock-out. */
@Component
class TaizhangUserDetailsService implements UserDetailsService {

    private final UserService users;

    TaizhangUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.login(username)
                .map(l -> new TaizhangPrincipal(l.user(), l.passwordHash(), l.enabled(), l.locked()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordLoginFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TaizhangPrincipal principal) {
            users.recordLoginSuccess(principal.getUsername());
        }
    }
}
