package taizhang.supervision;

import java.util.List;
import taizhang.ledger.LedgerQueries;

/**
 * An accountability entry with its unit's name, who was held to account in words, the measures it
 * names (by 编号) and whether the reader may correct it.
 */
public record AccountabilityView(
        AccountabilityAction action,
        String unitName,
        String subject,
        String kind,
        List<LedgerQueries.MeasureLabel> measures,
        boolean mayChange) {}
