package taizhang.extract.json;

import java.math.BigDecimal;
import java.util.Locale;
import taizhang.extract.Report;
import taizhang.extract.defect.Defect;
import taizhang.extract.entity.DateMention;
import taizhang.extract.entity.DocumentTitle;
import taizhang.extract.entity.MeasureFields;
import taizhang.extract.entity.Organisation;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.quantity.Quantity;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Report} as one JSON document. {@code structure}, {@code quantities} and
 * {@code defects} use the field names and conventions of the gold format (gold/FORMAT.md), so
 * any scorer of that format reads the output; the other entities follow in the same style.
 * The tree is built by hand rather than by binding the records, so the format does not change
 * when a record grows a component.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {}

    /** The report as an indented JSON document. */
    public static String write(Report report) {
        return MAPPER.writeValueAsString(tree(report));
    }

    public static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("doc", report.doc());
        root.put("script", report.script().code());
        ObjectNode source = root.putObject("source");
        source.put("format", report.source().format());
        source.put("charset", report.source().charset());
        root.put("reportYear", report.reportYear());
        root.put("bodyEnd", report.bodyEnd());
        root.set("structure", StructureJson.tree(MAPPER, report.structure()));
        ArrayNode quantities = root.putArray("quantities");
        report.quantities().forEach(q -> quantities.add(quantity(q)));
        ArrayNode defects = root.putArray("defects");
        report.defects().forEach(d -> defects.add(defect(d)));
        ArrayNode dates = root.putArray("dates");
        report.dates().forEach(d -> dates.add(date(d)));
        ArrayNode titles = root.putArray("titles");
        report.titles().forEach(t -> titles.add(title(t)));
        ArrayNode organisations = root.putArray("organisations");
        report.organisations().forEach(o -> organisations.add(organisation(o)));
        ArrayNode statuses = root.putArray("statuses");
        report.statuses().forEach(s -> statuses.add(status(s)));
        ArrayNode fields = root.putArray("fields");
        report.fields().forEach(f -> fields.add(fields(f)));
        return root;
    }

    private static ObjectNode quantity(Quantity q) {
        ObjectNode node = span(q.start(), q.end(), q.text());
        putNumber(node, "value", q.value());
        node.put("unit", q.unit() == null ? "" : q.unit());
        node.put(
                "qualifier", q.qualifier() == null ? null : q.qualifier().name().toLowerCase(Locale.ROOT));
        if (q.rangeEnd() != null) {
            node.put("range", q.rangeEnd().name().toLowerCase(Locale.ROOT));
        }
        if (q.change() != null) {
            ObjectNode change = node.putObject("change");
            change.put("kind", q.change().kind().name().toLowerCase(Locale.ROOT));
            change.put("basis", q.change().basis());
        }
        return node;
    }

    /** Integers as JSON integers (20000, not 2.0E4 or 20000.0), others as plain decimals. */
    static void putNumber(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
            return;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            node.put(field, v.toBigIntegerExact());
        } else {
            node.put(field, v);
        }
    }

    private static ObjectNode defect(Defect d) {
        ObjectNode node = span(d.start(), d.end(), d.text());
        node.put("kind", d.kind().code());
        return node;
    }

    private static ObjectNode date(DateMention d) {
        ObjectNode node = span(d.start(), d.end(), d.text());
        node.put("from", d.from() == null ? null : d.from().toString());
        node.put("to", d.to() == null ? null : d.to().toString());
        node.put("iso", d.iso());
        return node;
    }

    private static ObjectNode title(DocumentTitle t) {
        ObjectNode node = span(t.start(), t.end(), t.text());
        node.put("title", t.title());
        return node;
    }

    private static ObjectNode organisation(Organisation o) {
        ObjectNode node = span(o.start(), o.end(), o.text());
        node.put("name", o.name());
        node.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        node.put("code", o.code());
        node.put("level", o.level());
        return node;
    }

    private static ObjectNode status(StatusCue s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("problem", s.problem());
        node.put("measure", s.measure());
        node.put("measureStart", s.measureStart());
        node.put("status", s.status().code());
        ArrayNode evidence = node.putArray("evidence");
        s.evidence().forEach(c -> evidence.add(span(c.start(), c.end(), c.text())));
        return node;
    }

    private static ObjectNode fields(MeasureFields f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("measureStart", f.measureStart());
        f.leadUnits().forEach(node.withArray("lead")::add);
        f.coUnits().forEach(node.withArray("co")::add);
        node.put("leader", f.leader());
        node.put("person", f.person());
        node.put("deadline", f.deadline() == null ? null : f.deadline().toString());
        node.put("type", f.type() == null ? null : f.type().code());
        node.put("deadlineText", f.deadlineText());
        node.put("progress", f.progress());
        return node;
    }

    private static ObjectNode span(int start, int end, String text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", start);
        node.put("end", end);
        node.put("text", text);
        return node;
    }
}
