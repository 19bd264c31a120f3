package taizhang.supervision;

import java.time.Instant;

/** A unit and its counterpart supervisor: a person ({@code userId}) or a 督导组 ({@code groupId}), named. */
public record AssignmentView(
        long id,
        long orgId,
        String unitName,
        Long userId,
        Long groupId,
        String supervisor,
        String assignedBy,
        Instant assignedAt) {}
