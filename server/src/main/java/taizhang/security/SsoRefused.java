package taizhang.security;

import org.springframework.security.core.AuthenticationException;
import taizhang.user.ExternalSignInRefused;

/** The identity system vouched for the user but Taizhang refused it; already in the audit trail. */
final class SsoRefused extends AuthenticationException {

    SsoRefused(ExternalSignInRefused refused) {
        super(refused.reason(), refused);
    }
}
