package taizhang.ledger;

import java.time.LocalDate;

/** 整改任务: one rectification round, owned by the office of an organisation. */
public record Campaign(
        long id,
        String name,
        String source,
        long ownerOrgId,
        Integer reportYear,
        LocalDate startsOn,
        LocalDate endsOn,
        int version) {}
