package taizhang.extract.defect;

/** The writing system of a document, by the codes of the gold format. */
public enum Script {
    HANT("hant"),
    HANS("hans");

    private final String code;

    Script(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
