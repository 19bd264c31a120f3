package taizhang.extract.entity;

/**
 * A public body or an administrative division named in the text: {@code 自治區紀委監委},
 * {@code 通遼市}, {@code 扎賚特旗}.
 *
 * @param text as written
 * @param name the canonical name in Simplified characters ({@code 通辽} → {@code 通辽市})
 * @param kind a body (党委, 厅, 局…) or a place
 * @param code the statistical code of the division it belongs to, null when not known
 * @param level province, city or county for places and the bodies of a known division, else null
 */
public record Organisation(int start, int end, String text, String name, Kind kind, String code, String level) {

    public enum Kind {
        BODY,
        PLACE
    }
}
