package taizhang.extract;

import java.util.List;
import taizhang.extract.defect.Defect;
import taizhang.extract.defect.DefectFinder;
import taizhang.extract.defect.Script;
import taizhang.extract.defect.ScriptDetector;
import taizhang.extract.entity.DateFinder;
import taizhang.extract.entity.FieldFinder;
import taizhang.extract.entity.OrganisationFinder;
import taizhang.extract.entity.ReportYear;
import taizhang.extract.entity.StatusCues;
import taizhang.extract.entity.TitleFinder;
import taizhang.extract.input.DecodedText;
import taizhang.extract.input.DocumentReader;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.quantity.QuantityExtractor;
import taizhang.extract.structure.SiteFooter;
import taizhang.extract.structure.Structure;
import taizhang.extract.structure.StructureParser;
import taizhang.extract.text.Normalizer;

/**
 * Reads a rectification report: the one entry point of the library.
 *
 * <p>Every step scans the normalised view ({@link Normalizer}), which has the original's length,
 * so offsets found there point into the original text. A site footer at the end is cut off
 * first by passing every step only the report body, a prefix of the text.
 */
public final class Extractor {

    private static final DocumentReader READER = new DocumentReader();
    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();

    private Extractor() {}

    /**
     * @throws ExtractionException when the bytes cannot be read as a report; nothing else escapes
     */
    public static Report extract(byte[] bytes, Hints hints) {
        if (bytes == null) {
            throw new ExtractionException(ExtractionException.Kind.EMPTY, "没有内容");
        }
        Hints given = hints == null ? Hints.none() : hints;
        DecodedText decoded = READER.read(bytes, given.fileName(), given.mediaType());
        return analyse(decoded.text(), new Source(decoded.format(), decoded.charset()), given);
    }

    /** Reads text that is already decoded; offsets point into {@code text}. */
    public static Report extract(String text, Hints hints) {
        if (text == null) {
            throw new ExtractionException(ExtractionException.Kind.EMPTY, "没有内容");
        }
        return analyse(text, new Source("text", null), hints == null ? Hints.none() : hints);
    }

    private static Report analyse(String text, Source source, Hints hints) {
        int bodyEnd = SiteFooter.bodyEnd(text);
        String original = text.substring(0, bodyEnd);
        String normalized = Normalizer.normalize(original);
        int year = hints.reportYear() != null ? hints.reportYear() : ReportYear.infer(normalized);
        Structure structure = StructureParser.parse(original, normalized);
        List<Quantity> quantities = QUANTITIES.find(original, normalized);
        Script script = ScriptDetector.detect(original);
        List<Defect> defects = DefectFinder.find(original, normalized, script);
        return new Report(
                hints.fileName(),
                text,
                bodyEnd,
                year,
                script,
                source,
                structure,
                quantities,
                DateFinder.find(original, normalized, year),
                TitleFinder.find(original, normalized),
                OrganisationFinder.standard().find(original, normalized),
                StatusCues.assess(structure, original, normalized),
                defects,
                FieldFinder.find(structure, original, normalized, year));
    }
}
