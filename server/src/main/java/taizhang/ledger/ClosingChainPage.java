package taizhang.ledger;

/** The 销号审批链 page: the campaign, its chain, and how many steps a chain may have. */
public record ClosingChainPage(Campaign campaign, ClosingChain chain, int steps) {}
