package taizhang.notice;

import java.time.LocalDate;

/** A notice as a list shows it. */
public record NoticeSummary(
        long id,
        long campaignId,
        String campaignName,
        LocalDate asOf,
        String cycle,
        NoticeStatus status,
        String title,
        String number,
        LocalDate issuedOn) {}
