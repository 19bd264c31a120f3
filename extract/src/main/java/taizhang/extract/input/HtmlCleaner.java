package taizhang.extract.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what a web page shows around a report: scripts, navigation, menus, sidebars and the
 * site footer ({@code Copyright ◎ 2013-2022 … 冀ICP備16014214號-2}). Government and news sites
 * mark these up inconsistently, so tag names, ARIA roles, class and id words and the footer's
 * own wording are all used.
 */
final class HtmlCleaner {

    private static final String CHROME_TAGS = "script, style, noscript, template, iframe, frame, nav, header, footer, "
            + "aside, form, button, select, input, textarea, svg, canvas, object, embed, menu, map, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=menu], "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Set<String> CHROME_WORDS = Set.of(
            "nav",
            "navbar",
            "navigation",
            "menu",
            "submenu",
            "footer",
            "foot",
            "breadcrumb",
            "breadcrumbs",
            "crumb",
            "crumbs",
            "sidebar",
            "copyright",
            "share",
            "topbar",
            "toolbar",
            "login",
            "search",
            "banner",
            "ad",
            "ads");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s_-]+");
    private static final Pattern FOOTER_TEXT =
            Pattern.compile("(?i)copyright|版权所有|版權所有|icp备|icp備|icp证|icp證|公网安备|公網安備|©");
    private static final int MAX_FOOTER_CHARS = 300;
    private static final int FOOTER_NEIGHBOUR_CHARS = 30;

    private HtmlCleaner() {}

    static void clean(Document document) {
        document.select(CHROME_TAGS).remove();
        // Class names are a weak sign: a block holding half the page's text is kept whatever it is called.
        Map<Element, Integer> lengths = TextWeights.of(document, TextWeights::visibleChars, false);
        int half = lengths.getOrDefault(document.body(), 0) / 2;
        for (Element element : document.getAllElements()) {
            if (element != document.body()
                    && element.parent() != null
                    && hasChromeWord(element)
                    && lengths.getOrDefault(element, 0) < half) {
                element.remove();
            }
        }
        // Lengths measured before the removals are upper bounds now, which only makes footer removal more careful.
        removeFooters(document, lengths);
    }

    private static boolean hasChromeWord(Element element) {
        String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (words.isBlank()) {
            return false;
        }
        for (String word : WORD_SEPARATOR.split(words)) {
            if (CHROME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Each footer text goes with the blocks around it that hold little else, or alone if it shares its block with the report. */
    private static void removeFooters(Document document, Map<Element, Integer> lengths) {
        List<TextNode> footers = new ArrayList<>();
        NodeVisitor finder = (node, depth) -> {
            if (node instanceof TextNode text
                    && FOOTER_TEXT.matcher(text.text()).find()) {
                footers.add(text);
            }
        };
        finder.traverse(document);
        for (TextNode footer : footers) {
            if (footer.parent() == null) {
                continue;
            }
            int own = TextWeights.visibleChars(footer.getWholeText());
            if (own > MAX_FOOTER_CHARS) {
                // A long passage that mentions copyright is report text, not a site footer.
                continue;
            }
            // Beside the footer a block may hold a few words ("联系我们 | 网站地图"), not report text.
            int most = Math.min(MAX_FOOTER_CHARS, own + FOOTER_NEIGHBOUR_CHARS);
            Node doomed = footer;
            Element block = footer.parentElement();
            while (block != null && block != document.body() && lengths.getOrDefault(block, 0) <= most) {
                doomed = block;
                block = block.parentElement();
            }
            doomed.remove();
        }
    }
}
