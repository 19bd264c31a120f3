package taizhang.supervision;

import java.util.Arrays;
import taizhang.shared.InvalidRequestException;

/** How a supervisor checked a unit. */
public enum SupervisionMethod {
    FIELD_VISIT("实地督导"),
    DOCUMENT_REVIEW("查阅资料"),
    SYMPOSIUM("座谈"),
    UNANNOUNCED_VISIT("暗访"),
    INTERVIEW("个别谈话"),
    QUESTIONNAIRE("问卷调查"),
    OTHER("其他");

    private final String label;

    SupervisionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The method by its Chinese name (as people write it) or its code; anything else is refused. */
    public static SupervisionMethod parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(m -> m.label.equals(wanted) || m.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("method", "督导方式应为：" + labels()));
    }

    static String labels() {
        return String.join("、", Arrays.stream(values()).map(m -> m.label).toList());
    }
}
