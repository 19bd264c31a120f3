package taizhang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * 责任追究: one accountability action — against a unit, or a person of it ({@code personName} and
 * {@code personPost}) — what it was, when and by whom it was decided, under which document number,
 * and the measures and supervision items it concerns.
 */
public record AccountabilityAction(
        long id,
        long campaignId,
        long orgId,
        String personName,
        String personPost,
        AccountabilityKind kind,
        LocalDate decidedOn,
        String decidedBy,
        String documentNo,
        String description,
        List<Long> measureIds,
        List<Long> itemIds,
        String recordedBy,
        long recorderId,
        Instant recordedAt,
        int version) {

    public AccountabilityAction {
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }

    /** What a register entry says, as a form or request gives it. */
    public record Terms(
            long orgId,
            String personName,
            String personPost,
            AccountabilityKind kind,
            LocalDate decidedOn,
            String decidedBy,
            String documentNo,
            String description,
            List<Long> measureIds,
            List<Long> itemIds) {}

    static AccountabilityAction record(long campaignId, Terms t, CurrentUser by, Instant at, LocalDate today) {
        return new AccountabilityAction(
                        0,
                        campaignId,
                        t.orgId(),
                        null,
                        null,
                        t.kind(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        by.username(),
                        by.id(),
                        at,
                        0)
                .revise(t, today);
    }

    /** The entry with its terms corrected; the unit, the campaign and the recorder stay. */
    AccountabilityAction revise(Terms t, LocalDate today) {
        if (t.kind() == null) {
            throw new InvalidRequestException("kind", "请选择追责方式");
        }
        if (t.decidedOn() == null || t.decidedOn().isAfter(today)) {
            throw new InvalidRequestException("decidedOn", "请填写决定日期（不能晚于今天）");
        }
        return new AccountabilityAction(
                id,
                campaignId,
                orgId,
                text(t.personName(), 100, "personName", "被追责人"),
                text(t.personPost(), 200, "personPost", "职务"),
                t.kind(),
                t.decidedOn(),
                required(text(t.decidedBy(), 200, "decidedBy", "决定机关"), "decidedBy", "决定机关"),
                text(t.documentNo(), 100, "documentNo", "文号"),
                text(t.description(), 4000, "description", "情况说明"),
                t.measureIds(),
                t.itemIds(),
                recordedBy,
                recorderId,
                recordedAt,
                version);
    }

    /** Who was held to account: the person (with post) of the unit, or the unit itself. */
    public String subject(String unitName) {
        if (personName == null) {
            return unitName;
        }
        return unitName + " " + personName + (personPost == null ? "" : "（" + personPost + "）");
    }

    private static String text(String value, int max, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidRequestException(field, label + "不能超过 " + max + " 字");
        }
        return text;
    }

    private static String required(String value, String field, String label) {
        if (value == null) {
            throw new InvalidRequestException(field, "请填写" + label);
        }
        return value;
    }
}
