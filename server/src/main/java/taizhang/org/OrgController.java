package taizhang.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import taizhang.shared.CurrentUser;
import taizhang.shared.Problems;

@RestController
@RequestMapping("/api/v1/organisations")
class OrgController {

    record OrgRequest(
            Long parentId,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrgKind kind,

            @Pattern(regexp = "\\d{6,12}", message = "行政区划代码应为 6 到 12 位数字")
            String adminCode) {}

    record MoveRequest(@NotNull Long parentId) {}

    record AliasRequest(
            @NotBlank @Size(max = OrgAliases.MAX_ALIAS) String alias) {}

    private final OrgService organisations;
    private final OrgImports imports;
    private final OrgAliases aliases;

    OrgController(OrgService organisations, OrgImports imports, OrgAliases aliases) {
        this.organisations = organisations;
        this.imports = imports;
        this.aliases = aliases;
    }

    /** 单位别名: the other names reports use for the unit, matched at the next import. */
    @GetMapping("/{id}/aliases")
    List<String> aliases(CurrentUser user, @PathVariable long id) {
        return aliases.of(user, id);
    }

    @PostMapping("/{id}/aliases")
    List<String> addAlias(CurrentUser user, @PathVariable long id, @Valid @RequestBody AliasRequest request) {
        return aliases.add(user, id, request.alias());
    }

    @DeleteMapping("/{id}/aliases/{alias}")
    List<String> removeAlias(CurrentUser user, @PathVariable long id, @PathVariable String alias) {
        return aliases.remove(user, id, alias);
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

    /** Moves the node with its subtree under another parent (not under itself or its descendants). */
    @PostMapping("/{id}/move")
    Organisation move(CurrentUser user, @PathVariable long id, @Valid @RequestBody MoveRequest request) {
        return organisations.move(user, id, request.parentId());
    }

    @PostMapping("/{id}/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(CurrentUser user, @PathVariable long id) {
        organisations.setActive(user, id, false);
    }

    @PostMapping("/{id}/activate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void activate(CurrentUser user, @PathVariable long id) {
        organisations.setActive(user, id, true);
    }

    /** The tree from an Excel sheet (单位名称, 上级单位, optional 类型 and 行政区划代码), all or nothing. */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    OrgImports.Result importSheet(CurrentUser user, @RequestParam MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            return imports.importSheet(user, in);
        }
    }

    @ExceptionHandler(OrgImportRejectedException.class)
    ProblemDetail rejected(OrgImportRejectedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "单位表格有错误", e.getMessage());
        problem.setProperty(
                "errors",
                e.rowErrors().stream()
                        .map(message -> Map.of("field", "file", "message", message))
                        .toList());
        return problem;
    }
}
