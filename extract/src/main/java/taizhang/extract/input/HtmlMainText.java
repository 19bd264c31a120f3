package taizhang.extract.input;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a cleaned page: the element that holds nearly all of the page's weight of
 * text (Han characters count three, other letters and digits one, link text nothing, since
 * menus are made of links), rendered with one line per paragraph.
 */
final class HtmlMainText {

    /** A table cell holding more text than this is a page laid out in a table, not a ledger's cell. */
    private static final int MAX_CELL_CHARS = 1500;

    /** A child that holds this share of its parent's text is the parent's content. */
    private static final double CONTENT_SHARE = 0.9;

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "thead",
            "tbody",
            "tfoot",
            "caption",
            "blockquote",
            "pre",
            "address",
            "center",
            "figure",
            "figcaption",
            "hr",
            "body",
            "title");

    private HtmlMainText() {}

    static String of(Document document) {
        HtmlCleaner.clean(document);
        Element body = document.body();
        if (body == null) {
            return "";
        }
        HtmlTables.fillSpans(body);
        return render(contentOf(body));
    }

    private static Element contentOf(Element body) {
        Map<Element, Integer> weights = TextWeights.of(body, HtmlMainText::weight, true);
        Element current = body;
        while (true) {
            int total = weights.getOrDefault(current, 0);
            Element heaviest = null;
            int heaviestWeight = 0;
            for (Element child : current.children()) {
                int weight = weights.getOrDefault(child, 0);
                if (weight > heaviestWeight) {
                    heaviest = child;
                    heaviestWeight = weight;
                }
            }
            if (heaviest == null || total == 0 || heaviestWeight < CONTENT_SHARE * total) {
                return current;
            }
            current = heaviest;
        }
    }

    private static int weight(String text) {
        int weight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3400' && c <= '\u9FFF') {
                weight += 3;
            } else if (Character.isLetterOrDigit(c)) {
                weight += 1;
            }
        }
        return weight;
    }

    /**
     * Table rows are lines with their cells parted by tabs. In a data table (two rows or more, cells
     * of modest length) a cell's own paragraphs and line breaks (Word's exports wrap every cell's
     * text in {@code <p>}) and a table inside it are spaces, so that a row stays one line; a page laid
     * out in a table cell keeps its lines.
     */
    private static String render(Element content) {
        StringBuilder out = new StringBuilder();
        int[] inPre = {0};
        int[] inFlatCell = {0};
        Deque<Boolean> openCells = new ArrayDeque<>();
        Map<Element, Integer> rowCounts = new IdentityHashMap<>();
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text.getWholeText(), inPre[0] > 0);
                } else if (node instanceof Element element) {
                    if (element.nameIs("pre")) {
                        inPre[0]++;
                    }
                    if (isCell(element) && element != content) {
                        out.append(inFlatCell[0] > 0 ? " " : firstCell(element) ? "" : "\t");
                        boolean flat = inFlatCell[0] > 0 || isDataCell(element, rowCounts);
                        inFlatCell[0] += flat ? 1 : 0;
                        openCells.push(flat);
                    } else if (element.nameIs("br") || BLOCKS.contains(element.normalName())) {
                        out.append(inFlatCell[0] > 0 ? ' ' : '\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("pre")) {
                        inPre[0]--;
                    }
                    if (isCell(element) && element != content) {
                        inFlatCell[0] -= openCells.pop() ? 1 : 0;
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append(inFlatCell[0] > 0 ? ' ' : '\n');
                    }
                }
            }
        };
        visitor.traverse(content);
        return tidyLines(out);
    }

    private static boolean isDataCell(Element cell, Map<Element, Integer> rowCounts) {
        Element table = cell.closest("table");
        if (table == null || longer(cell, MAX_CELL_CHARS)) {
            return false;
        }
        return rowCounts.computeIfAbsent(table, t -> HtmlTables.rows(t).size()) >= 2;
    }

    /** Whether the element's text is longer than {@code limit}, read no further than that. */
    private static boolean longer(Element element, int limit) {
        int[] length = {0};
        NodeFilter counter = new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    length[0] += text.getWholeText().length();
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        };
        NodeTraversor.filter(counter, element);
        return length[0] > limit;
    }

    private static boolean isCell(Element element) {
        return element.nameIs("td") || element.nameIs("th");
    }

    private static boolean firstCell(Element cell) {
        for (Element before = cell.previousElementSibling(); before != null; before = before.previousElementSibling()) {
            if (isCell(before)) {
                return false;
            }
        }
        return true;
    }

    /** Runs of HTML white space are one space, as a browser shows them; full-width spaces are text. */
    private static void appendText(StringBuilder out, String text, boolean preformatted) {
        if (preformatted) {
            out.append(text);
            return;
        }
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
    }

    /**
     * One line per paragraph: lines trimmed (full-width and &amp;nbsp; indents too), blank lines
     * dropped. Tabs stay: they place a table row's empty cells.
     */
    private static String tidyLines(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String trimmed = trim(line);
            if (!trimmed.isBlank()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(trimmed);
            }
        }
        return out.toString();
    }

    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c != '\t' && Character.isWhitespace(c)
                || c == '\u00A0'
                || c == '\u3000'
                || c == '\u200B'
                || c == '\uFEFF';
    }
}
