package taizhang.ledger;

/** 问题: one numbered problem from the inspection's feedback. */
public record Problem(
        long id,
        long campaignId,
        Long sectionId,
        int number,
        String title,
        String description,
        String sourceRef,
        int version) {}
