package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import taizhang.ledger.MeasureField;
import taizhang.ledger.MeasureStatus;

/**
 * A measure as it stood at the end of a past day, rebuilt from how it stands now and what the audit
 * trail kept of each change since: every change to a measure is audited with the measure (or the one
 * field it changed) as it was before, so the value of a field on that day is its "before" in the first
 * change after the day that touched it, or, when nothing touched it since, its value now. A measure
 * created after the day did not exist then; one whose first later change has it removed (or
 * restored) was in (or out of) the ledger then.
 *
 * @param lead the lead unit then: its id when the trail names it by id, else {@code leadName}
 * @param leadName the lead unit's name when a hand edit named it (the trail keeps names there), else null
 */
public record MeasureThen(
        long id,
        boolean live,
        MeasureStatus status,
        Long lead,
        String leadName,
        LocalDate deadline,
        String title,
        String body,
        int reopened) {

    /** The keys of an audited measure (a {@code Measure} as JSON) this rebuilds. */
    static final List<String> KEYS = List.of("status", "leadOrgId", "deadline", "title", "body", "reopened");

    /** What a removal adds to the audited measure: present (non-null) while it is out of the ledger. */
    static final String REMOVAL = "removal";

    /**
     * Rebuilds the measure from its state now and the "before" of each audited change after the day,
     * oldest first; each before holds the keys the change recorded (a whole measure, or one field of a
     * hand edit under its column's name, {@link MeasureField#label()}), values as text, null for none.
     */
    static MeasureThen rebuild(MeasureThen now, List<Map<String, String>> beforesSince) {
        MeasureThen then = now;
        boolean status = false,
                lead = false,
                deadline = false,
                title = false,
                body = false,
                reopened = false,
                live = false;
        for (Map<String, String> before : beforesSince) {
            boolean whole = before.containsKey("status");
            if (!status && whole) {
                then = then.withStatus(MeasureStatus.valueOf(before.get("status")));
                status = true;
            }
            if (!live && whole) {
                then = then.withLive(before.get(REMOVAL) == null);
                live = true;
            }
            if (!lead && (before.containsKey("leadOrgId") || before.containsKey(MeasureField.LEAD.label()))) {
                then = before.containsKey("leadOrgId")
                        ? then.withLead(id(before.get("leadOrgId")), null)
                        : then.withLead(null, before.get(MeasureField.LEAD.label()));
                lead = true;
            }
            String deadlineKey = before.containsKey("deadline") ? "deadline" : MeasureField.DEADLINE.label();
            if (!deadline && before.containsKey(deadlineKey)) {
                String day = before.get(deadlineKey);
                then = then.withDeadline(day == null || day.isBlank() ? null : LocalDate.parse(day));
                deadline = true;
            }
            String titleKey = before.containsKey("title") ? "title" : MeasureField.TITLE.label();
            if (!title && before.containsKey(titleKey)) {
                then = then.withTitle(before.get(titleKey));
                title = true;
            }
            String bodyKey = before.containsKey("body") ? "body" : MeasureField.BODY.label();
            if (!body && before.containsKey(bodyKey)) {
                then = then.withBody(before.get(bodyKey));
                body = true;
            }
            if (!reopened && before.containsKey("reopened")) {
                then = then.withReopened(Integer.parseInt(before.get("reopened")));
                reopened = true;
            }
        }
        return then;
    }

    private static Long id(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text);
    }

    MeasureThen withStatus(MeasureStatus s) {
        return new MeasureThen(id, live, s, lead, leadName, deadline, title, body, reopened);
    }

    MeasureThen withLive(boolean l) {
        return new MeasureThen(id, l, status, lead, leadName, deadline, title, body, reopened);
    }

    MeasureThen withLead(Long orgId, String name) {
        return new MeasureThen(id, live, status, orgId, name, deadline, title, body, reopened);
    }

    MeasureThen withDeadline(LocalDate d) {
        return new MeasureThen(id, live, status, lead, leadName, d, title, body, reopened);
    }

    MeasureThen withTitle(String t) {
        return new MeasureThen(id, live, status, lead, leadName, deadline, t, body, reopened);
    }

    MeasureThen withBody(String b) {
        return new MeasureThen(id, live, status, lead, leadName, deadline, title, b, reopened);
    }

    MeasureThen withReopened(int r) {
        return new MeasureThen(id, live, status, lead, leadName, deadline, title, body, r);
    }
}
