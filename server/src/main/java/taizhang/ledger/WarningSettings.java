package taizhang.ledger;

import taizhang.shared.InvalidRequestException;

/**
 * 预警设置: the thresholds a campaign's office sets for its warnings ({@link WarningLevel}).
 * Campaigns that never set them use {@link #DEFAULT}.
 *
 * @param dueSoonDays yellow when the deadline is at most this many days away (0 to 365)
 * @param overdueRed whether overdue work turns red; when it does not, it stays yellow as due soon
 * @param overdueGraceDays days past the deadline before overdue work turns red (0 to 365)
 * @param missedCyclesYellow reporting cycles missed that make a measure yellow (1 to 12)
 * @param missedCyclesRed reporting cycles missed that make a measure red (at least the yellow count, at most 24)
 * @param unsignedDays days a newly assigned measure may stay unsigned (签收) before it turns yellow (1 to 90)
 */
public record WarningSettings(
        int dueSoonDays,
        boolean overdueRed,
        int overdueGraceDays,
        int missedCyclesYellow,
        int missedCyclesRed,
        int unsignedDays) {

    /** The rules before offices could set them: 14 days, red when overdue, one cycle missed yellow, three red. */
    public static final WarningSettings DEFAULT = new WarningSettings(14, true, 0, 1, 3, 3);

    public WarningSettings {
        within("dueSoonDays", "到期前预警天数", dueSoonDays, 0, 365);
        within("overdueGraceDays", "逾期宽限天数", overdueGraceDays, 0, 365);
        within("missedCyclesYellow", "黄色预警的漏报周期数", missedCyclesYellow, 1, 12);
        within("missedCyclesRed", "红色预警的漏报周期数", missedCyclesRed, 1, 24);
        within("unsignedDays", "未签收预警天数", unsignedDays, 1, 90);
        if (missedCyclesRed < missedCyclesYellow) {
            throw new InvalidRequestException("missedCyclesRed", "红色预警的漏报周期数不能少于黄色预警的漏报周期数");
        }
    }

    private static void within(String field, String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(field, name + "应在 " + min + " 到 " + max + " 之间，收到 " + value);
        }
    }
}
