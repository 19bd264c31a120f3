package taizhang.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

@RestController
@RequestMapping("/api/v1")
class UserController {

    record UserRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{3,64}", message = "用户名为 3 到 64 位字母、数字或 _ . -")
            String username,

            @NotBlank @Size(max = 100) String displayName,
            @NotNull Long organisationId,
            @NotEmpty Set<Role> roles,
            @NotBlank @Size(min = 10, max = 200) String password) {}

    record TokenRequest(
            @NotBlank @Size(max = 100) String name,
            @Positive Integer validDays) {}

    /** The user's own settings; a blank or absent {@code email} removes the address. */
    record SettingsRequest(
            @Size(max = 254) String email, @NotNull Boolean emailNotifications) {}

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping("/me")
    CurrentUser me(CurrentUser user) {
        return user;
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issueToken(CurrentUser user, @Valid @RequestBody TokenRequest request) {
        Duration validity = request.validDays() == null ? null : Duration.ofDays(request.validDays());
        return Map.of("name", request.name(), "token", users.issueToken(user, request.name(), validity));
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
}
