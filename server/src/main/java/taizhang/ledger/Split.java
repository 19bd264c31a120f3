package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;
import taizhang.shared.InvalidRequestException;

/**
 * 分层建账: a lead unit splits its measure into sub-measures for the units below it (a 盟市
 * splits a regional measure across its 旗县). What a split must satisfy, before anything is written:
 * the parent is still open work, each sub-measure names a lead, every unit of it lies strictly
 * below the parent's lead, and no sub-measure is due after the parent.
 */
public final class Split {

    /** A sub-measure as asked, its units given by their organisation paths. */
    public record Part(String title, String leadPath, List<String> coUnitPaths, LocalDate deadline, MeasureType type) {}

    private Split() {}

    public static void check(Measure parent, String parentLeadPath, List<Part> parts) {
        if (parent.status().isFinished()) {
            throw new IllegalTransitionException("“" + parent.status().label() + "”的措施不能再分解");
        }
        if (parentLeadPath == null) {
            throw new IllegalTransitionException("没有牵头单位的措施不能分解");
        }
        if (parts.isEmpty()) {
            throw new InvalidRequestException("measures", "请至少填写一项子任务");
        }
        for (int i = 0; i < parts.size(); i++) {
            checkPart(parent, parentLeadPath, parts.get(i), "第 " + (i + 1) + " 项子任务");
        }
    }

    private static void checkPart(Measure parent, String parentLeadPath, Part part, String name) {
        if (part.title() == null || part.title().isBlank()) {
            throw new InvalidRequestException("title", name + "缺少标题");
        }
        if (part.leadPath() == null) {
            throw new InvalidRequestException("leadOrgId", name + "缺少牵头单位");
        }
        if (!below(parentLeadPath, part.leadPath())
                || !part.coUnitPaths().stream().allMatch(p -> below(parentLeadPath, p))) {
            throw new InvalidRequestException("leadOrgId", name + "的单位必须是原措施牵头单位的下级单位");
        }
        if (part.type() == MeasureType.CONTINUING && part.deadline() != null) {
            throw new InvalidRequestException("deadline", name + "长期坚持，没有整改时限");
        }
        if (part.type() == MeasureType.DEADLINE && part.deadline() == null) {
            throw new InvalidRequestException("deadline", name + "限期整改，缺少整改时限");
        }
        if (part.deadline() != null
                && parent.deadline() != null
                && part.deadline().isAfter(parent.deadline())) {
            throw new InvalidRequestException("deadline", name + "的整改时限不能晚于原措施的时限 " + parent.deadline());
        }
    }

    private static boolean below(String ancestorPath, String path) {
        return path != null && path.startsWith(ancestorPath) && !path.equals(ancestorPath);
    }
}
