package taizhang.supervision;

import java.util.Arrays;
import taizhang.shared.InvalidRequestException;

/** What an accountability action was (责任追究的方式). */
public enum AccountabilityKind {
    TALK("约谈"),
    CRITICISM("通报批评"),
    ADMONITION("诫勉谈话"),
    DISCIPLINE("党纪政务处分"),
    ORGANISATIONAL("组织处理"),
    REFERRAL("移送"),
    OTHER("其他");

    private final String label;

    AccountabilityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind by its Chinese name or its code; anything else is refused. */
    public static AccountabilityKind parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(k -> k.label.equals(wanted) || k.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "kind",
                        "追责方式应为："
                                + String.join(
                                        "、",
                                        Arrays.stream(values())
                                                .map(k -> k.label)
                                                .toList())));
    }
}
