package taizhang.ledger;

import java.util.List;

/**
 * 整改任务: the campaigns the reader sees (archived ones only when asked), and whether it may
 * start one by hand.
 */
public record CampaignsPage(List<Campaign> campaigns, boolean archived, boolean mayCreate) {}
