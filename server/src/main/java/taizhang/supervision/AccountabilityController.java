package taizhang.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** 责任追究 through the API: offices, supervisors and leaders only (403 for units). */
@RestController
@RequestMapping("/api/v1")
class AccountabilityController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /**
     * An entry. {@code kind}: 约谈, 通报批评, 诫勉谈话, 党纪政务处分, 组织处理, 移送 or 其他 (or its code);
     * {@code personName} and {@code personPost} when a person of the unit was held to account.
     */
    record ActionRequest(
            @NotNull Long campaignId,
            @NotNull Long unitId,
            @Size(max = 100) String personName,
            @Size(max = 200) String personPost,
            @NotBlank String kind,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 200) String decidedBy,
            @Size(max = 100) String documentNo,
            @Size(max = 4000) String description,
            List<Long> measureIds,
            List<Long> itemIds,
            Integer version) {

        AccountabilityAction.Terms terms() {
            return new AccountabilityAction.Terms(
                    unitId,
                    personName,
                    personPost,
                    AccountabilityKind.parse(kind),
                    decidedOn,
                    decidedBy,
                    documentNo,
                    description,
                    measureIds,
                    itemIds);
        }
    }

    private final AccountabilityService register;

    AccountabilityController(AccountabilityService register) {
        this.register = register;
    }

    @PostMapping("/accountability")
    @ResponseStatus(HttpStatus.CREATED)
    AccountabilityView record(CurrentUser user, @Valid @RequestBody ActionRequest r) {
        return register.record(user, r.campaignId(), r.terms());
    }

    @GetMapping("/accountability")
    List<AccountabilityView> list(CurrentUser user, @RequestParam long campaignId) {
        return register.inCampaign(user, campaignId);
    }

    @GetMapping("/accountability/{id}")
    AccountabilityView get(CurrentUser user, @PathVariable long id) {
        return register.get(user, id);
    }

    /** Corrects an entry (its {@code version} required): its recorder or the campaign's office. */
    @PutMapping("/accountability/{id}")
    AccountabilityView revise(CurrentUser user, @PathVariable long id, @Valid @RequestBody ActionRequest r) {
        return register.revise(user, id, r.version() == null ? -1 : r.version(), r.terms());
    }

    /** The campaign's register as an Excel sheet (.xlsx). */
    @GetMapping("/campaigns/{id}/accountability.xlsx")
    ResponseEntity<byte[]> sheet(CurrentUser user, @PathVariable long id) {
        byte[] sheet = register.sheet(user, id);
        return ResponseEntity.ok()
                .headers(download("责任追究台账", "accountability-" + id))
                .body(sheet);
    }

    static HttpHeaders download(String name, String asciiName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        headers.set(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name + ".xlsx", StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        return headers;
    }
}
