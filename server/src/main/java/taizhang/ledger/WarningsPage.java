package taizhang.ledger;

/**
 * 预警设置, the office's page for one campaign's warning rules.
 *
 * @param preview what the settings shown would move, when the office asked before saving
 * @param message what the last save did
 */
public record WarningsPage(Campaign campaign, WarningSettings settings, WarningPreview preview, String message) {}
