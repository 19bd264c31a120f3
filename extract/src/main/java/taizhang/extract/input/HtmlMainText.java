package taizhang.extract.input;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a cleaned page: the element that holds nearly all of the page's weight of
 * text (Han characters count three, other letters and digits one, link text nothing, since
 * menus are made of links), rendered with one line per paragraph.
 */
final class HtmlMainText {

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

    private static String render(Element content) {
        StringBuilder out = new StringBuilder();
        int[] inPre = {0};
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text.getWholeText(), inPre[0] > 0);
                } else if (node instanceof Element element) {
                    if (element.nameIs("pre")) {
                        inPre[0]++;
                    }
                    if (element.nameIs("br") || BLOCKS.contains(element.normalName())) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("pre")) {
                        inPre[0]--;
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        out.append('\n');
                    } else if (element.nameIs("td") || element.nameIs("th")) {
                        out.append('\t');
                    }
                }
            }
        };
        visitor.traverse(content);
        return tidyLines(out);
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

    /** One line per paragraph: lines trimmed (full-width and &amp;nbsp; indents too), blank lines dropped. */
    private static String tidyLines(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String trimmed = trim(line);
            if (!trimmed.isEmpty()) {
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
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}
