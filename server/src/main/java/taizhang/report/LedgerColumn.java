package taizhang.report;

import java.util.List;

/**
 * The columns of the Excel ledger, in the order and with the headers offices use, and last the
 * hidden key that lets the sheet come back into its campaign ({@link SheetKey}).
 */
enum LedgerColumn {
    NUMBER("序号", 6),
    /** Problem number and measure ordinal, 3-2: how offices and units name a measure to each other. */
    CODE("编号", 6),
    PROBLEM("问题", 30),
    MEASURE("整改措施", 36),
    LEAD("牵头单位", 16),
    CO_UNITS("配合单位", 20),
    LEADER("责任人", 10),
    /** The deadline in force: the one assigned, or the one an approved extension set. */
    DEADLINE("整改时限", 12),
    TYPE("整改类型", 10),
    PROGRESS("整改进展", 60),
    STATUS("完成情况", 10),
    WARNING("预警", 6),
    EVIDENCE("佐证材料", 24),
    /**
     * The deadline first assigned, where an approved extension (申请延期) moved it; export only,
     * never read back. Added after the others, so the letters of the columns before it stay as offices know them.
     */
    ORIGINAL_DEADLINE("原定时限", 12),
    /**
     * 措施正文: the measure's official text as the measure page and the notice have it (the office's
     * own text once it wrote one, else as imported; the wording when it has none), so that a unit
     * reads what it must do, not only its short title. Read back as an edit of that text. Last of
     * the visible columns, for the same reason as the one before it.
     */
    BODY("措施正文", 60),
    /** Hidden: a whole row carries it when rows are sorted, copied or moved, and nobody types over it. */
    KEY("系统编号", 16);

    /** How co-units (and evidence files) are joined in one cell; the import splits on it and on its look-alikes. */
    static final String LIST_SEPARATOR = "、";

    private final String header;
    private final int width;

    LedgerColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    String header() {
        return header;
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    static List<String> headers() {
        return java.util.Arrays.stream(values()).map(LedgerColumn::header).toList();
    }
}
