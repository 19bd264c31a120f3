package taizhang.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** An assignment a unit has not yet signed for (签收), as 我的任务 lists it. */
public record Awaiting(
        long measureId,
        String code,
        String title,
        String campaign,
        long orgId,
        String orgName,
        boolean lead,
        LocalDate deadline,
        Instant assignedAt) {}
