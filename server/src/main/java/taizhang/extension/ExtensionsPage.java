package taizhang.extension;

import java.util.List;
import taizhang.ledger.Campaign;

/**
 * 签收与延期, the office's page for one campaign: how many measures are not yet signed for (with the
 * ledger's 未签收 view a click away), and the extension requests waiting for its decision.
 */
public record ExtensionsPage(
        List<Campaign> campaigns, Campaign campaign, long unsigned, List<ExtensionView> pending, boolean mayDecide) {

    public boolean empty() {
        return campaign == null;
    }

    /** The ledger narrowed to the campaign's unsigned measures. */
    public String unsignedHref() {
        return "/ledger?campaign=" + campaign.id() + "&unsigned=true";
    }

    public String href() {
        return "/extensions?campaign=" + campaign.id();
    }
}
