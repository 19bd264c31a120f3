package taizhang.extract.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Reads the report text of a web page. The bytes are decoded before jsoup sees them, because
 * jsoup's own guess garbles GBK and Big5 pages that declare no charset.
 */
final class HtmlReader {

    private static final int DECLARATION_WINDOW = 4096;
    // Bounded repetition: the scan cannot backtrack far on a hostile head.
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");
    private static final Pattern XML_ENCODING =
            Pattern.compile("<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]{1,40})");
    private static final Pattern MEDIA_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([a-z0-9_:.\\-]{1,40})");

    private final TextDecoder decoder = new TextDecoder();

    DecodedText read(byte[] bytes, String mediaType, ReadLimits limits) {
        Decoded decoded = decoder.decode(bytes, declaredCharset(bytes, mediaType));
        Parser parser = Parser.htmlParser().setMaxDepth(limits.maxHtmlDepth());
        Document document = parser.parseInput(decoded.text(), "");
        checkDepth(document, limits.maxHtmlDepth());
        String text = HtmlMainText.of(document);
        if (text.isEmpty()) {
            throw new ExtractionException(
                    Kind.EMPTY, "网页中没有找到正文文字（去掉导航、脚本和页脚后为空）。" + " (no main text in the HTML page)");
        }
        return new DecodedText(text, Format.HTML.label(), decoded.charset());
    }

    /**
     * jsoup stops nesting at the limit and lays deeper elements out flat, so reaching the limit
     * is how a pathological page shows; such a page is refused rather than read in a wrong shape.
     */
    private static void checkDepth(Document document, int maxDepth) {
        int[] deepest = {0};
        NodeVisitor visitor = (node, depth) -> deepest[0] = Math.max(deepest[0], depth);
        visitor.traverse(document);
        if (deepest[0] >= maxDepth - 1) {
            throw new ExtractionException(
                    Kind.TOO_COMPLEX,
                    "网页的元素嵌套层级过深（达到 " + maxDepth + " 层上限），无法作为正常网页读取。 (HTML nesting depth limit " + maxDepth
                            + " reached)");
        }
    }

    /** The charset the page or its media type declares, if Java knows it; UTF-16 declarations in ASCII bytes are moot. */
    static Charset declaredCharset(byte[] bytes, String mediaType) {
        String name = null;
        if (mediaType != null) {
            name = firstGroup(MEDIA_CHARSET, mediaType.toLowerCase(Locale.ROOT));
        }
        if (name == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            name = firstGroup(META_CHARSET, head);
            if (name == null) {
                name = firstGroup(XML_ENCODING, head);
            }
        }
        if (name == null || name.startsWith("utf-16") || name.startsWith("utf-32")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
