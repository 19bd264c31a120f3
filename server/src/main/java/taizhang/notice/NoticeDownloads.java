package taizhang.notice;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import taizhang.home.Script;
import taizhang.shared.CurrentUser;

/**
 * A notice's Word files, one handler each for the notice page's links and the API alike: the same
 * document, in the script asked for ({@code hans}, {@code hant}; by default the reader's page script).
 * A refusal is problem details on both routes, as a download has no page to show it in.
 */
@RestController
class NoticeDownloads {

    private final NoticeService notices;
    private final NoticeFiles files;

    NoticeDownloads(NoticeService notices, NoticeFiles files) {
        this.notices = notices;
        this.files = files;
    }

    /** The full notice, or with {@code public=true} its public version (internal measures left out). */
    @GetMapping({"/notices/{id}/notice.docx", "/api/v1/notices/{id}/notice.docx"})
    ResponseEntity<byte[]> notice(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "public", defaultValue = "false") boolean open,
            @RequestParam(required = false) String script,
            HttpServletRequest request) {
        return files.notice(user, notices.get(user, id), open, Script.forExport(script, request));
    }

    @GetMapping({"/notices/{id}/brief.docx", "/api/v1/notices/{id}/brief.docx"})
    ResponseEntity<byte[]> brief(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String script,
            HttpServletRequest request) {
        return files.brief(user, notices.get(user, id), Script.forExport(script, request));
    }
}
