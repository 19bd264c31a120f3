package taizhang.ledger;

/** The 销号审批链 page: the campaign, its chain, how many steps a chain may have, and a message after saving. */
public record ClosingChainPage(Campaign campaign, ClosingChain chain, int steps, String message) {}
