package taizhang.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import taizhang.home.Htmx;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

/** Upload from the measure page (the list of files comes back for htmx) and download. */
@Controller
class EvidenceController implements PageController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/measures/{measureId}/evidence")
    String upload(
            CurrentUser user,
            @PathVariable long measureId,
            @RequestParam(required = false) Long reportId,
            @RequestParam("file") MultipartFile file,
            HttpServletRequest request,
            Model model)
            throws IOException {
        evidence.upload(user, measureId, reportId, upload(file));
        if (!Htmx.isRequest(request)) {
            return "redirect:/measures/" + measureId + "#evidence";
        }
        model.addAttribute("files", evidence.forMeasure(user, measureId));
        return "evidence/_files";
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable long id) {
        EvidenceService.Download download = evidence.download(user, id);
        EvidenceFile file = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(download.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(download.content());
    }

    static EvidenceService.Upload upload(MultipartFile file) throws IOException {
        return file == null
                ? new EvidenceService.Upload(null, null)
                : new EvidenceService.Upload(file.getOriginalFilename(), file.getBytes());
    }
}
