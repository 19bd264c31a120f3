package taizhang.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** The user's own API tokens, and the administrator's view of a user's. */
@RestController
@RequestMapping("/api/v1")
class TokenController {

    /** {@code validDays}: absent for the default (90 days), at most the configured maximum. */
    record TokenRequest(@NotBlank @Size(max = 100) String name, Integer validDays) {}

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Issued issue(
            CurrentUser user,
            @Valid @RequestBody TokenRequest request,
            @RequestAttribute(name = TokenUse.ATTRIBUTE, required = false) TokenUse via) {
        return tokens.issue(user, request.name().strip(), request.validDays(), via);
    }

    @GetMapping("/me/tokens")
    List<ApiToken> mine(CurrentUser user) {
        return tokens.mine(user);
    }

    @DeleteMapping("/me/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser user, @PathVariable long tokenId) {
        tokens.revoke(user, tokenId);
    }

    @GetMapping("/users/{userId}/tokens")
    List<ApiToken> ofUser(CurrentUser user, @PathVariable long userId) {
        return tokens.ofUser(user, userId);
    }

    @DeleteMapping("/users/{userId}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeOfUser(CurrentUser user, @PathVariable long userId, @PathVariable long tokenId) {
        tokens.revokeOfUser(user, userId, tokenId);
    }
}
