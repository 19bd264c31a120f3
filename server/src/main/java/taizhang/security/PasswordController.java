package taizhang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;
import taizhang.shared.Problems;
import taizhang.user.TooManyAttemptsException;

/** {@code POST /api/v1/me/password}: the user's own password change, 204 when done. */
@RestController
class PasswordController {

    record PasswordRequest(
            @NotNull @Size(max = 200) String currentPassword,
            @NotNull @Size(max = 200) String newPassword) {}

    private final PasswordChange passwords;

    PasswordController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(
            CurrentUser user,
            @Valid @RequestBody PasswordRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        passwords.change(user, body.currentPassword(), body.newPassword(), request, response);
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAttemptsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "尝试次数过多", e.getMessage()));
    }
}
