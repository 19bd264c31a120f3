package taizhang.extract.quantity;

/**
 * What an amount says relative to something else, read from the words just before it in
 * the same clause: {@code 同比增长16.2%} is an increase on the same period last year,
 * {@code 完成年度计划的88%} a completion of the year's plan, {@code 占23%} a share.
 *
 * @param kind the relation
 * @param basis what the amount is compared with, in Simplified as written ({@code 同比},
 *     {@code 比年初}, {@code 较上年}, {@code 年度计划}), null when the text does not say
 */
public record Change(Kind kind, String basis) {

    public enum Kind {
        /** 增长, 增加, 提高, 上升. */
        INCREASE,
        /** 下降, 减少, 降低. */
        DECREASE,
        /** 完成…的 N%, 完成率 N%. */
        COMPLETION,
        /** 占 N%. */
        SHARE
    }
}
