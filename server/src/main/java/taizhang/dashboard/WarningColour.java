package taizhang.dashboard;

import taizhang.ledger.WarningLevel;

/**
 * The colour a 预警 level is drawn in on the charts: the colours of the ledger's warning badges
 * ({@code .warn-RED}, {@code .warn-YELLOW}, {@code .warn-GREEN} in app.css), so a reader sees one
 * red, one yellow and one green everywhere.
 */
final class WarningColour {

    private WarningColour() {}

    static String of(WarningLevel level) {
        return switch (level) {
            case RED -> "#c62828";
            case YELLOW -> "#e0a100";
            case GREEN -> "#2e7d32";
        };
    }
}
