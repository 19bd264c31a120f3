package taizhang.indicator;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.CampaignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.StaleVersionException;

/**
 * 修改指标: the office names an indicator anew, or sets its unit or target, after the import read
 * it (a label cut short, a target the report gave elsewhere). Audited; a stale version is refused.
 */
@Service
public class IndicatorEdits {

    static final int MAX_NAME = 300;
    static final int MAX_UNIT = 30;
    /** The column holds 18 digits before the point. */
    private static final BigDecimal MAX_TARGET = new BigDecimal("1e18");

    private final IndicatorService indicators;
    private final IndicatorRepository repository;
    private final CampaignService campaigns;
    private final AuditTrail audit;

    IndicatorEdits(
            IndicatorService indicators, IndicatorRepository repository, CampaignService campaigns, AuditTrail audit) {
        this.indicators = indicators;
        this.repository = repository;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    /** @param target null for none */
    @Transactional
    public Indicator edit(CurrentUser user, long id, int version, String name, String unit, BigDecimal target) {
        Indicator before = indicators.get(user, id);
        campaigns.getForEditing(user, before.campaignId());
        String newName = name == null ? "" : name.strip();
        String newUnit = unit == null ? "" : unit.strip();
        if (newName.isEmpty() || newName.length() > MAX_NAME) {
            throw new InvalidRequestException("name", "指标名称不能为空，最多 " + MAX_NAME + " 字");
        }
        if (newUnit.length() > MAX_UNIT) {
            throw new InvalidRequestException("unit", "计量单位最多 " + MAX_UNIT + " 字");
        }
        if (target != null && (target.signum() < 0 || target.compareTo(MAX_TARGET) >= 0)) {
            throw new InvalidRequestException("target", "目标值应为不小于 0 的数，且小于 10 的 18 次方");
        }
        if (!repository.update(id, version, newName, newUnit, target)) {
            throw new StaleVersionException("指标", id);
        }
        Indicator after = indicators.get(user, id);
        audit.record(user.username(), "indicator.edit", "indicator", id, before, after);
        return after;
    }
}
