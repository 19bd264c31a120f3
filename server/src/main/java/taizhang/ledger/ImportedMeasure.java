package taizhang.ledger;

/**
 * A measure read from an imported ledger, before it is written: its problem by number (when the
 * sheet gives one) and title, its wording, official text (null: none of its own, the wording
 * stands for it) and assignment, where in the file it came from, and the status the office
 * states for it (reached by {@link Measure#statedAs}; never 销号).
 */
public record ImportedMeasure(
        String source,
        Integer problemNumber,
        String problemTitle,
        String title,
        String body,
        MeasureService.Assignment assignment,
        MeasureStatus stated) {}
