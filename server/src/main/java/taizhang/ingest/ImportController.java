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

    /**
     * An import without its source text: what lists and upload answers show; {@code notes} are the
     * first {@link DraftPage#MAX_NOTES} of {@code noteCount}.
     */
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
            int noteCount,
            int version) {

        static ImportView of(ImportRecord r, boolean alreadyImported) {
            return new ImportView(
                    r.id(),
                    r.status().name(),
                    r.campaignId(),
                    r.fileName(),
                    alreadyImported,
                    r.size().problems(),
                    r.size().measures(),
                    r.size().readings(),
                    r.head().notes(),
                    r.head().noteCount(),
                    r.version());
        }
    }

    /**
     * Where an answer's page lies: {@code items} problems, measures and readings a page, and the
     * stretch {@code [sourceFrom, sourceTo)} of the source text its items cover.
     */
    record PageInfo(int page, int pages, int items, int sourceFrom, int sourceTo, boolean sourceCut) {

        static PageInfo of(DraftPage p) {
            return new PageInfo(p.page(), p.pages(), p.size(), p.sourceFrom(), p.sourceTo(), p.sourceCut());
        }
    }

    /** One page of an import's draft, with the source text of that page when asked for. */
    record ImportDetail(ImportView summary, PageInfo page, Draft draft, String sourceText) {}

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

    /** One page of the draft ({@code size} items, at most {@link DraftPage#MAX_ITEMS}). */
    @GetMapping("/{id}")
    ImportDetail get(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean withText,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DraftPage.PAGE_ITEMS) int size) {
        ImportService.DraftView view = imports.page(user, id, page, size);
        return new ImportDetail(
                ImportView.of(view.record(), false),
                PageInfo.of(view.page()),
                view.page().draft(),
                withText ? view.sourceText() : null);
    }

    /** Applies the edits; answers with the page that holds the first one's item. */
    @PatchMapping("/{id}")
    ImportDetail edit(CurrentUser user, @PathVariable long id, @Valid @RequestBody EditRequest request) {
        imports.edit(user, id, request.version(), request.edits());
        int page = request.edits().isEmpty()
                ? 0
                : imports.pageOf(user, id, request.edits().get(0).key());
        ImportService.DraftView view = imports.page(user, id, page, DraftPage.PAGE_ITEMS);
        return new ImportDetail(
                ImportView.of(view.record(), false),
                PageInfo.of(view.page()),
                view.page().draft(),
                null);
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
