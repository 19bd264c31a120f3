package taizhang.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

@RestController
@RequestMapping("/api/v1/organisations")
class OrgController {

    record OrgRequest(
            Long parentId,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrgKind kind,

            @Pattern(regexp = "\\d{6,12}", message = "行政区划代码应为 6 到 12 位数字")
            String adminCode) {}

    private final OrgService organisations;

    OrgController(OrgService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    List<Organisation> list(CurrentUser user) {
        return organisations.visibleTo(user);
    }

    @GetMapping("/{id}")
    Organisation get(CurrentUser user, @PathVariable long id) {
        return organisations.get(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Organisation create(CurrentUser user, @Valid @RequestBody OrgRequest request) {
        return organisations.create(
                user, request.parentId(), request.name().strip(), request.kind(), request.adminCode());
    }

    @PutMapping("/{id}")
    Organisation rename(CurrentUser user, @PathVariable long id, @Valid @RequestBody OrgRequest request) {
        return organisations.rename(user, id, request.name().strip(), request.adminCode());
    }
}
