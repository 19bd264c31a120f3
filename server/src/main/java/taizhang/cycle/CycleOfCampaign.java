package taizhang.cycle;

/** A cycle with what a message about it names: its campaign, and the office that owns the campaign. */
public record CycleOfCampaign(ReportingCycle cycle, String campaign, long ownerOrgId) {}
