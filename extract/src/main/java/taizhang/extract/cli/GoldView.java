package taizhang.extract.cli;

import java.util.List;
import taizhang.extract.defect.Defect;
import taizhang.extract.eval.GoldDocument;
import taizhang.extract.structure.Structure;

/** The extractor's results in the scorer's gold-file types. */
final class GoldView {

    private GoldView() {}

    static GoldDocument.Structure structure(Structure s) {
        return new GoldDocument.Structure(
                s.sections().stream()
                        .map(x -> new GoldDocument.Section(x.label(), x.title(), x.start()))
                        .toList(),
                s.problems().stream()
                        .map(p -> new GoldDocument.Problem(
                                p.number(),
                                p.title(),
                                p.start(),
                                p.measures().stream()
                                        .map(m -> new GoldDocument.Measure(m.ordinal(), m.title(), m.start()))
                                        .toList()))
                        .toList());
    }

    static List<GoldDocument.Defect> defects(List<Defect> defects) {
        return defects.stream()
                .map(d -> new GoldDocument.Defect(
                        d.start(), d.end(), d.text(), d.kind().code()))
                .toList();
    }
}
