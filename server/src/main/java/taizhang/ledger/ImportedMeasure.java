package taizhang.ledger;

/**
 * A measure read from an imported ledger, before it is written: its problem by number (when the
 * sheet gives one) and title, its text and assignment, where in the file it came from, and the
 * status the office states for it (reached by {@link Measure#statedAs}; never 销号).
 */
public record ImportedMeasure(
        String source,
        Integer problemNumber,
        String problemTitle,
        String title,
        MeasureService.Assignment assignment,
        MeasureStatus stated) {}
