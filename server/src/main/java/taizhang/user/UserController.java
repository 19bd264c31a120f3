package taizhang.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

@RestController
@RequestMapping("/api/v1")
class UserController {

    record UserRequest(
            @NotBlank String username,

            @NotBlank @Size(max = 100) String displayName,
            @NotNull Long organisationId,
            @NotEmpty Set<Role> roles,
            @NotBlank @Size(max = 200) String password) {}

    /** The user's own settings; a blank or absent {@code email} removes the address. */
    record SettingsRequest(
            @Size(max = 254) String email, @NotNull Boolean emailNotifications) {}

    record RolesRequest(@NotEmpty Set<Role> roles) {}

    record OrganisationRequest(@NotNull Long organisationId) {}

    private final UserService users;
    private final UserAdmin admin;

    UserController(UserService users, UserAdmin admin) {
        this.users = users;
        this.admin = admin;
    }

    @GetMapping("/me")
    CurrentUser me(CurrentUser user) {
        return user;
    }

    /** Where the user's notices are mailed, and whether they want mail. */
    @GetMapping("/me/settings")
    UserSettings settings(CurrentUser user) {
        return users.settings(user);
    }

    @PutMapping("/me/settings")
    UserSettings updateSettings(CurrentUser user, @Valid @RequestBody SettingsRequest request) {
        return users.updateSettings(user, request.email(), request.emailNotifications());
    }

    @GetMapping("/users")
    List<User> list(CurrentUser user) {
        return users.all(user);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    User create(CurrentUser user, @Valid @RequestBody UserRequest request) {
        return users.create(
                user,
                request.username(),
                request.displayName().strip(),
                request.organisationId(),
                request.roles(),
                request.password());
    }

    /** Disabling holds from the user's next request, in every session and for every token. */
    @PostMapping("/users/{id}/disable")
    User disable(CurrentUser user, @PathVariable long id) {
        return admin.setEnabled(user, id, false);
    }

    @PostMapping("/users/{id}/enable")
    User enable(CurrentUser user, @PathVariable long id) {
        return admin.setEnabled(user, id, true);
    }

    @PutMapping("/users/{id}/roles")
    User roles(CurrentUser user, @PathVariable long id, @Valid @RequestBody RolesRequest request) {
        return admin.setRoles(user, id, request.roles());
    }

    @PutMapping("/users/{id}/organisation")
    User organisation(CurrentUser user, @PathVariable long id, @Valid @RequestBody OrganisationRequest request) {
        return admin.move(user, id, request.organisationId());
    }

    /** A generated password, shown this once, that the user must replace at the next sign-in. */
    record ResetPassword(String password) {}

    /** Resets the password (重置密码): the user's sessions end and its tokens are revoked. */
    @PostMapping("/users/{id}/password-reset")
    ResetPassword resetPassword(CurrentUser user, @PathVariable long id) {
        return new ResetPassword(admin.resetPassword(user, id));
    }

    /** Lifts the limits on the user's sign-in attempts (解锁). */
    @PostMapping("/users/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(CurrentUser user, @PathVariable long id) {
        admin.unlock(user, id);
    }
}
