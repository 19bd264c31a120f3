package taizhang.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import taizhang.user.UserService;

/** Loads users for the login form; one who signs in only through the identity system has no password to check. */
@Component
class TaizhangUserDetailsService implements UserDetailsService {

    private final UserService users;

    TaizhangUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.login(username)
                .filter(UserService.Login::hasLocalPassword)
                .map(TaizhangPrincipal::bySession)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
