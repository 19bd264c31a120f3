package taizhang.cycle;

/** Published when the office opens a cycle, in the transaction that opens it. */
public record CycleOpened(CycleOfCampaign opened) {}
