package taizhang.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.report.ProgressNotice;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

/**
 * 通报: a notice of one campaign for a date (or a closed cycle), as the office drafted it. It holds
 * the document as generated from the ledger when drafted (its full and public versions), the
 * office's rewritten paragraphs by measure, its 存在问题 and 下一步工作, and the units it names as
 * lagging. Published, it keeps its 文号, 印发日期, 落款 and 联系方式 too, and never changes again.
 */
public record Notice(
        long id,
        long campaignId,
        String campaignName,
        LocalDate asOf,
        String cycle,
        NoticeStatus status,
        ProgressNotice full,
        ProgressNotice open,
        Map<Long, String> rewrites,
        String issues,
        String nextSteps,
        List<String> lagging,
        String number,
        LocalDate issuedOn,
        List<String> signature,
        String contact,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        int version) {

    static final int MAX_PARAGRAPH = 5000;
    static final int MAX_SECTION = 20000;

    public Notice {
        rewrites = Map.copyOf(rewrites);
        lagging = List.copyOf(lagging);
        signature = List.copyOf(signature);
    }

    public boolean published() {
        return status == NoticeStatus.PUBLISHED;
    }

    /**
     * The office's edits of a draft: a paragraph per measure (blank: the generated one again), and
     * the 存在问题 and 下一步工作 sections. A published notice refuses any edit.
     */
    Notice edit(Map<Long, String> paragraphs, String newIssues, String newNextSteps) {
        draftOnly("修改");
        Set<Long> known = new HashSet<>();
        full.sections().forEach(s -> s.problems().forEach(p -> p.measures().forEach(m -> known.add(m.measureId()))));
        Map<Long, String> kept = new HashMap<>();
        paragraphs.forEach((measure, text) -> {
            if (!known.contains(measure)) {
                throw new InvalidRequestException("rewrites", "通报中没有编号为" + measure + "的整改措施");
            }
            if (text != null && !text.isBlank()) {
                kept.put(measure, limited("rewrites", text.strip(), MAX_PARAGRAPH, "改写的段落"));
            }
        });
        return new Notice(
                id,
                campaignId,
                campaignName,
                asOf,
                cycle,
                status,
                full,
                open,
                kept,
                limited("issues", newIssues.strip(), MAX_SECTION, "存在问题"),
                limited("nextSteps", newNextSteps.strip(), MAX_SECTION, "下一步工作"),
                lagging,
                number,
                issuedOn,
                signature,
                contact,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                version);
    }

    /** The draft generated again from the ledger as it now stands; the office's edits stay. */
    Notice regenerated(ProgressNotice newFull, ProgressNotice newOpen, List<String> newLagging) {
        draftOnly("重新生成");
        return new Notice(
                id,
                campaignId,
                campaignName,
                asOf,
                cycle,
                status,
                newFull,
                newOpen,
                rewrites,
                issues,
                nextSteps,
                newLagging,
                number,
                issuedOn,
                signature,
                contact,
                createdBy,
                createdAt,
                publishedBy,
                publishedAt,
                version);
    }

    /** Published with its 文号 and 印发日期, signed and closed as the campaign's settings say now. */
    Notice publish(String newNumber, LocalDate on, NoticeSettings settings, String by, Instant at) {
        draftOnly("印发");
        if (on.isBefore(asOf)) {
            throw new InvalidRequestException("issuedOn", "印发日期不能早于通报的截止日期" + asOf);
        }
        return new Notice(
                id,
                campaignId,
                campaignName,
                asOf,
                cycle,
                NoticeStatus.PUBLISHED,
                full,
                open,
                rewrites,
                issues,
                nextSteps,
                lagging,
                newNumber,
                on,
                settings.signature(),
                settings.contact(),
                createdBy,
                createdAt,
                by,
                at,
                version);
    }

    /**
     * The document to read or export: the version asked for, with the office's paragraphs and the
     * closing. A draft is signed as the settings say now; a published notice as it was published.
     */
    public ProgressNotice document(boolean publicVersion, NoticeSettings settings) {
        ProgressNotice base = (publicVersion ? open : full).rewritten(rewrites);
        return base.withClosing(new ProgressNotice.Closing(
                number,
                issuedOn,
                published() ? signature : settings.signature(),
                issues,
                nextSteps,
                published() ? contact : settings.contact()));
    }

    /** The public version as published: signed and closed as it was then. Only a published notice has one. */
    ProgressNotice publicDocument() {
        if (!published()) {
            throw new IllegalStateException("notice " + id + " is not published");
        }
        return document(true, NoticeSettings.defaults(campaignId, ""));
    }

    private void draftOnly(String what) {
        if (published()) {
            throw new RuleViolationException("通报已印发（" + number + "），不能再" + what + "；如需更正请起草新的通报");
        }
    }

    private static String limited(String field, String text, int max, String label) {
        if (text.length() > max) {
            throw new InvalidRequestException(field, label + "不超过" + max + "字");
        }
        return text;
    }
}
