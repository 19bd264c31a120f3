package taizhang.extract.json;

import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Section;
import taizhang.extract.structure.Structure;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code structure} object of the gold format, with each item's {@code end} added. */
final class StructureJson {

    private StructureJson() {}

    static ObjectNode tree(JsonMapper mapper, Structure structure) {
        ObjectNode node = mapper.createObjectNode();
        node.put("layout", structure.layout().code());
        ArrayNode sections = node.putArray("sections");
        for (Section s : structure.sections()) {
            ObjectNode section = sections.addObject();
            section.put("label", s.label());
            section.put("title", s.title());
            section.put("start", s.start());
            section.put("end", s.end());
        }
        ArrayNode problems = node.putArray("problems");
        for (Problem p : structure.problems()) {
            ObjectNode problem = problems.addObject();
            problem.put("number", p.number());
            problem.put("title", p.title());
            problem.put("start", p.start());
            problem.put("end", p.end());
            ArrayNode measures = problem.putArray("measures");
            for (Measure m : p.measures()) {
                ObjectNode measure = measures.addObject();
                measure.put("ordinal", m.ordinal());
                measure.put("title", m.title());
                measure.put("start", m.start());
                measure.put("end", m.end());
            }
        }
        return node;
    }
}
