package taizhang.cycle;

/** Published for each unit the office reminds (催报), in the transaction that records the reminder. */
public record UnitReminded(CycleOfCampaign cycle, long reminderId, long orgId, String message) {}
