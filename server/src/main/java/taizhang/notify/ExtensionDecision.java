package taizhang.notify;

import java.time.LocalDate;

/**
 * The office's decision on a unit's 申请延期, as the inbox tells it: {@code decisionId} makes it one
 * notice however often it is passed; {@code deadline} is the approved one (null when refused).
 */
public record ExtensionDecision(
        long decisionId,
        long orgId,
        long measureId,
        String measureTitle,
        boolean approved,
        LocalDate deadline,
        String reason) {}
