package taizhang.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import taizhang.home.PageController;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.user.ApiTokens;
import taizhang.user.User;
import taizhang.user.UserAdmin;
import taizhang.user.UserService;

/**
 * 用户管理: the list with the form that creates a user, and each user's page. An action redirects
 * back with its outcome, except those that show a generated password, which answer the page at once.
 */
@Controller
class UserAdminPages implements PageController {

    private static final List<Role> ROLES = List.of(Role.values());

    private final UserService users;
    private final UserAdmin admin;
    private final ApiTokens tokens;
    private final OrgService organisations;

    UserAdminPages(UserService users, UserAdmin admin, ApiTokens tokens, OrgService organisations) {
        this.users = users;
        this.admin = admin;
        this.tokens = tokens;
        this.organisations = organisations;
    }

    @GetMapping("/admin/users")
    String list(CurrentUser user, Model model) {
        List<User> all = users.all(user);
        Map<Long, String> names = names(user);
        Set<Long> owing = users.owingPasswordChange(user);
        model.addAttribute(
                "page",
                new UsersPage(
                        all.stream().map(u -> row(u, names, owing)).toList(),
                        active(user),
                        ROLES,
                        (UsersPage.Issued) model.getAttribute("issued"),
                        (String) model.getAttribute("message"),
                        (String) model.getAttribute("error")));
        return "admin/users";
    }

    /**
     * A blank password is generated; either way the user replaces it at the first sign-in. The page
     * is answered directly, not redirected, so the password shown once is never kept in the session.
     */
    @PostMapping("/admin/users")
    String create(
            CurrentUser user,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam long organisationId,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect) {
        String given = password.isBlank() ? UserService.randomPassword() : password;
        try {
            User created = users.create(
                    user,
                    username.strip(),
                    displayName.strip(),
                    organisationId,
                    roles == null ? Set.of() : EnumSet.copyOf(roles),
                    given);
            model.addAttribute("issued", new UsersPage.Issued(created.username(), given));
            model.addAttribute("message", "已创建用户 " + created.username() + "，首次登录时须修改密码");
            return list(user, model);
        } catch (InvalidRequestException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/admin/users";
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(CurrentUser user, @PathVariable long id, Model model) {
        User shown = users.all(user).stream()
                .filter(u -> u.id() == id)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("用户", id));
        model.addAttribute(
                "page",
                new UserPage(
                        row(shown, names(user), users.owingPasswordChange(user)),
                        shown.organisationId(),
                        active(user),
                        ROLES,
                        tokens.ofUser(user, id),
                        (UsersPage.Issued) model.getAttribute("issued"),
                        (String) model.getAttribute("message"),
                        (String) model.getAttribute("error"),
                        (String) model.getAttribute("at")));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) List<Role> roles,
            RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/users/" + id, "assignment", () -> {
            // A form with no box ticked sends roles= (an empty list): no roles, refused by the rule, not by EnumSet.
            admin.setRoles(user, id, roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
            return "角色已保存，自该用户的下一次操作起生效";
        });
    }

    @PostMapping("/admin/users/{id}/organisation")
    String organisation(
            CurrentUser user, @PathVariable long id, @RequestParam long organisationId, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/users/" + id, "assignment", () -> {
            admin.move(user, id, organisationId);
            return "所属单位已修改";
        });
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/users/" + id, "account", () -> {
            admin.setEnabled(user, id, false);
            return "账户已停用，该用户的登录已全部退出";
        });
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/users/" + id, "account", () -> {
            admin.setEnabled(user, id, true);
            return "账户已启用";
        });
    }

    /** Answered directly, like {@link #create}: the new password is shown once and kept nowhere. */
    @PostMapping("/admin/users/{id}/reset-password")
    String reset(CurrentUser user, @PathVariable long id, Model model) {
        String password = admin.resetPassword(user, id);
        String username = users.find(id).map(User::username).orElseThrow();
        model.addAttribute("issued", new UsersPage.Issued(username, password));
        model.addAttribute("message", "密码已重置：该用户的登录已退出、API 令牌已吊销，下次登录时须修改密码");
        model.addAttribute("at", "account");
        return user(user, id, model);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/users/" + id, "account", () -> {
            admin.unlock(user, id);
            return "已解除登录限制";
        });
    }

    private UsersPage.Row row(User u, Map<Long, String> names, Set<Long> owing) {
        return new UsersPage.Row(
                u.id(),
                u.username(),
                u.displayName(),
                names.getOrDefault(u.organisationId(), ""),
                ROLES.stream().filter(u.roles()::contains).toList(),
                u.enabled(),
                owing.contains(u.id()));
    }

    private Map<Long, String> names(CurrentUser user) {
        return organisations.visibleTo(user).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    /** The organisations a user may be put in: the administrator's, not deactivated. */
    private List<Organisation> active(CurrentUser user) {
        Set<Long> inactive = organisations.inactiveIds();
        return organisations.visibleTo(user).stream()
                .filter(o -> !inactive.contains(o.id()))
                .toList();
    }
}
