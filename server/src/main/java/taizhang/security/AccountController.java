package taizhang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.user.ApiTokens;
import taizhang.user.PasswordPolicy;
import taizhang.user.TooManyAttemptsException;
import taizhang.user.UserService;

/**
 * 账户与安全, the page every user reaches from the header: change one's own password (a plain form,
 * answered with the page and its message or refusal beside the form) and revoke one's API tokens
 * (the message beside the token's row).
 */
@Controller
class AccountController implements PageController {

    private final UserService users;
    private final ApiTokens tokens;
    private final PasswordChange passwords;

    AccountController(UserService users, ApiTokens tokens, PasswordChange passwords) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @GetMapping("/account")
    String account(CurrentUser user, Model model) {
        return page(user, null, null, model);
    }

    @PostMapping("/account/password")
    String changePasswordForm(
            CurrentUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidRequestException("confirmPassword", "两次输入的新密码不一致");
            }
            CurrentUser now = passwords.change(user, currentPassword, newPassword, request, response);
            return page(now, "密码已修改；您在其他地方的登录已全部退出", null, model);
        } catch (InvalidRequestException | TooManyAttemptsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, null, e.getMessage(), model);
        }
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    ResponseEntity<Void> revoke(
            CurrentUser user, @PathVariable long tokenId, HttpServletRequest request, HttpServletResponse response) {
        tokens.revoke(user, tokenId);
        return Htmx.reload(request, response, "/account", "令牌已吊销，使用它的程序将无法再访问", "token-" + tokenId);
    }

    private String page(CurrentUser user, String message, String error, Model model) {
        var login = users.login(user.id());
        boolean localPassword = login.map(UserService.Login::hasLocalPassword).orElse(false);
        boolean mustChange = localPassword && login.get().mustChangePassword() && signedInWithPassword();
        model.addAttribute(
                "page",
                new AccountPage(
                        user.username(),
                        mustChange,
                        tokens.mine(user),
                        message,
                        error,
                        PasswordPolicy.MIN_LENGTH,
                        localPassword,
                        user.roles().isEmpty()));
        return "security/account";
    }

    /** This session came through the sign-in form, not the identity system: only then is a password change owed. */
    private static boolean signedInWithPassword() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof TaizhangPrincipal principal
                && principal.via() == null;
    }
}
