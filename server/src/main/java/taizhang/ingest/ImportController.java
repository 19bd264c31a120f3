package taizhang.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import taizhang.extract.ExtractionException;
import taizhang.shared.CurrentUser;
import taizhang.shared.LongJobs;

/** Import through the API: upload, read the draft, edit it, accept or discard it. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    /** An import without its source text: what lists and upload answers show. */
    record ImportView(
            long id,
            String status,
            Long campaignId,
            String fileName,
            boolean alreadyImported,
            int problems,
            int measures,
            int readings,
            List<String> notes,
            int version) {

        static ImportView of(ImportRecord r, boolean alreadyImported) {
            return new ImportView(
                    r.id(),
                    r.status().name(),
                    r.campaignId(),
                    r.fileName(),
                    alreadyImported,
                    r.draft().problems().size(),
                    r.draft().measureCount(),
                    r.draft().readingCount(),
                    r.draft().notes(),
                    r.version());
        }
    }

    record ImportDetail(ImportView summary, Draft draft, String sourceText) {}

    record EditRequest(@NotNull Integer version, @NotNull List<DraftEdit> edits) {}

    record VersionRequest(@NotNull Integer version) {}

    private final ImportService imports;
    private final LongJobs jobs;

    ImportController(ImportService imports, LongJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> upload(
            CurrentUser user,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) String campaignName,
            @RequestParam(required = false) Integer reportYear)
            throws IOException {
        if (file.isEmpty()) {
            throw new ExtractionException(ExtractionException.Kind.EMPTY, "上传的文件是空的");
        }
        ImportService.Upload upload = imports.upload(
                user,
                file.getBytes(),
                file.getOriginalFilename(),
                file.getContentType(),
                campaignId,
                campaignName,
                reportYear);
        return ResponseEntity.status(upload.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ImportView.of(upload.record(), upload.alreadyImported()));
    }

    @GetMapping("/{id}")
    ImportDetail get(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean withText) {
        ImportRecord record = imports.get(user, id);
        return new ImportDetail(ImportView.of(record, false), record.draft(), withText ? record.sourceText() : null);
    }

    @PatchMapping("/{id}")
    ImportDetail edit(CurrentUser user, @PathVariable long id, @Valid @RequestBody EditRequest request) {
        ImportRecord record = imports.edit(user, id, request.version(), request.edits());
        return new ImportDetail(ImportView.of(record, false), record.draft(), null);
    }

    @PostMapping("/{id}/accept")
    ImportService.Accepted accept(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return jobs.run(user, () -> imports.accept(user, id, request.version()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(CurrentUser user, @PathVariable long id) {
        imports.discard(user, id);
    }
}
