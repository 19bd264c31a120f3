package taizhang.ledger;

/**
 * 预警设置, the office's page for one campaign's warning rules.
 *
 * @param preview what the settings shown would move, when the office asked before saving
 */
public record WarningsPage(Campaign campaign, WarningSettings settings, WarningPreview preview) {}
