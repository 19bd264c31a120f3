package taizhang.supervision;

import java.util.List;
import java.util.Map;
import taizhang.ledger.Measure;

/**
 * One supervision item: what was checked and found, the measures it is linked to, the
 * accountability actions that name it, and — for its recorder and the campaign's office — the
 * forms that correct it and send its finding back ({@code returnable}: the unit's measures it
 * concerns that a 退回 can take now). Its measures are named by their 编号 ({@code codes}, by id), as
 * the ledger names them.
 */
public record ItemPage(
        ItemView item,
        String campaign,
        List<AccountabilityView> actions,
        List<Measure> returnable,
        Map<Long, String> codes) {

    /** The measure's 编号 (3-2). */
    public String code(long measureId) {
        return codes.getOrDefault(measureId, "—");
    }

    public List<SupervisionMethod> methods() {
        return List.of(SupervisionMethod.values());
    }

    public boolean fedBack() {
        return item.measureId() != null;
    }
}
