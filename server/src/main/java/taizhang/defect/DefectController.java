package taizhang.defect;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import taizhang.ledger.Measure;
import taizhang.shared.CurrentUser;

/** A measure's 文字疑点 over the API: read them, check one (核对无误), or correct its words (改正). */
@RestController
@RequestMapping("/api/v1/measures/{id}/text-defects")
class DefectController {

    record CorrectRequest(@NotBlank @Size(max = 200) String replacement) {}

    private final TextDefects defects;

    DefectController(TextDefects defects) {
        this.defects = defects;
    }

    @GetMapping
    List<TextDefect> list(CurrentUser user, @PathVariable long id) {
        return defects.of(user, id);
    }

    @PostMapping("/{defectId}/check")
    TextDefect check(CurrentUser user, @PathVariable long id, @PathVariable long defectId) {
        return defects.check(user, id, defectId);
    }

    @PostMapping("/{defectId}/correct")
    Measure correct(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long defectId,
            @Valid @RequestBody CorrectRequest r) {
        return defects.correct(user, id, defectId, r.replacement().strip());
    }
}
