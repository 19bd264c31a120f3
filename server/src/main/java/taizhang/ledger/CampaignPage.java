package taizhang.ledger;

import java.util.List;

/**
 * 整改任务管理: one campaign as its office keeps it by hand: its name and archive state, its
 * problems (a page of them) with forms to add, remove and restore, a form for a new measure,
 * and the removed measures to restore.
 *
 * @param mayEdit the campaign is in use (not archived): its ledger may change
 * @param nextNumber the number a new problem gets unless the office types another
 */
public record CampaignPage(
        Campaign campaign,
        boolean mayEdit,
        List<Section> sections,
        List<Problem> problems,
        int page,
        boolean hasNext,
        int nextNumber,
        List<Problem> removedProblems,
        List<RemovedMeasure> removedMeasures,
        List<LedgerPage.UnitOption> units) {

    public List<MeasureType> types() {
        return List.of(MeasureType.values());
    }
}
