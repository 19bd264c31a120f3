package taizhang.workbench;

import java.util.List;
import taizhang.ledger.ClosingRequest;

/**
 * The measure page's 分层建账 and 销号审批 panel, loaded into the page on its own: the parent of a
 * sub-measure, the sub-measures of a parent with their roll-up, the split form for its lead unit,
 * and where the closing chain stands with the control of the step the reader may decide.
 *
 * @param keeper the office that reviews this sub-measure's reports (null unless it is one)
 * @param overridable the office may record the parent done over open sub-measures, with a reason
 */
public record LayersPanel(
        long measureId,
        int version,
        Linked parent,
        String keeper,
        List<Linked> subMeasures,
        int finished,
        int open,
        boolean maySplit,
        List<Unit> splitUnits,
        boolean overridable,
        Closing closing) {

    /** A parent or sub-measure as the panel lists it. */
    public record Linked(
            long id, String code, String title, String lead, String deadline, String status, String statusCode) {}

    /** A unit a sub-measure may be given to: one below the lead. */
    public record Unit(long id, String name) {}

    /**
     * The closing chain: the campaign's steps, the latest request and its decisions, and what the
     * reader may do now ({@code decides}: the label of the step the reader decides, else null).
     */
    public record Closing(
            String chain,
            ClosingRequest request,
            String status,
            String currentStep,
            List<Step> steps,
            boolean mayAsk,
            String decides) {

        public boolean shown() {
            return !chain.isEmpty() || request != null;
        }
    }

    /** One decided step of the request. */
    public record Step(String approver, boolean approved, String by, String at, String reason) {}

    public boolean shown() {
        return parent != null || keeper != null || !subMeasures.isEmpty() || maySplit || closing.shown();
    }
}
