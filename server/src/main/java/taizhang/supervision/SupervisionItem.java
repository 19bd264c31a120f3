package taizhang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * 督导事项: one check of a unit by a supervisor (or by the office), within a campaign: how it was
 * checked, on which day, what it found, and who recorded it. Findings are what goes back to the
 * unit (一对一反馈整改); an item without findings records that a check was made.
 */
public record SupervisionItem(
        long id,
        long campaignId,
        long orgId,
        SupervisionMethod method,
        LocalDate checkedOn,
        String findings,
        String recordedBy,
        long recorderId,
        Instant recordedAt,
        int version) {

    static final int FINDINGS_MAX = 4000;
    private static final int TITLE_MAX = 60;

    /** A new item; checked on a day that has come, findings trimmed (blank is none). */
    static SupervisionItem record(
            long campaignId,
            long orgId,
            SupervisionMethod method,
            LocalDate checkedOn,
            String findings,
            CurrentUser by,
            Instant at,
            LocalDate today) {
        return new SupervisionItem(
                0,
                campaignId,
                orgId,
                method,
                checked(checkedOn, today),
                findings(findings),
                by.username(),
                by.id(),
                at,
                0);
    }

    /** The same item with its method, day and findings corrected. */
    SupervisionItem revise(SupervisionMethod method, LocalDate checkedOn, String findings, LocalDate today) {
        return new SupervisionItem(
                id,
                campaignId,
                orgId,
                method,
                checked(checkedOn, today),
                findings(findings),
                recordedBy,
                recorderId,
                recordedAt,
                version);
    }

    public boolean hasFindings() {
        return findings != null;
    }

    /** Refuses to send back an item that found nothing. */
    void requireFindings() {
        if (!hasFindings()) {
            throw new InvalidRequestException("findings", "这项督导事项没有督导发现，无法反馈整改");
        }
    }

    /** The title of the measure a finding becomes: its first sentence, shortened. */
    String measureTitle() {
        requireFindings();
        String first = findings.split("[。；;\\n]", 2)[0].strip();
        String text = first.isEmpty() ? findings : first;
        return "督导反馈：" + (text.length() > TITLE_MAX ? text.substring(0, TITLE_MAX) + "…" : text);
    }

    /** The body of that measure: the finding, and where it came from. */
    String measureBody() {
        return findings + "\n（" + method.label() + "，" + checkedOn + "，督导事项 " + id + "）";
    }

    private static LocalDate checked(LocalDate checkedOn, LocalDate today) {
        if (checkedOn == null) {
            return today;
        }
        if (checkedOn.isAfter(today)) {
            throw new InvalidRequestException("checkedOn", "督导日期不能晚于今天");
        }
        return checkedOn;
    }

    private static String findings(String findings) {
        if (findings == null || findings.isBlank()) {
            return null;
        }
        String text = findings.strip();
        if (text.length() > FINDINGS_MAX) {
            throw new InvalidRequestException("findings", "督导发现不能超过 " + FINDINGS_MAX + " 字");
        }
        return text;
    }
}
