package taizhang.extract.input;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * How much text every element of a page holds, computed in one walk. Asking each element for
 * its {@code text()} instead would walk its subtree again and again, quadratic on a hostile page.
 */
final class TextWeights {

    private TextWeights() {}

    /**
     * @param weigh the weight of one text node's text
     * @param skipLinks whether text inside {@code <a>} weighs nothing (menus are made of links)
     */
    static Map<Element, Integer> of(Element root, ToIntFunction<String> weigh, boolean skipLinks) {
        Map<Element, Integer> weights = new IdentityHashMap<>();
        int[] inLink = {0};
        NodeVisitor visitor = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text
                        && (!skipLinks || inLink[0] == 0)
                        && node.parent() instanceof Element parent) {
                    weights.merge(parent, weigh.applyAsInt(text.getWholeText()), Integer::sum);
                } else if (node instanceof Element element && element.nameIs("a")) {
                    inLink[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("a")) {
                        inLink[0]--;
                    }
                    Integer own = weights.get(element);
                    if (own != null && element != root && element.parent() != null) {
                        weights.merge(element.parent(), own, Integer::sum);
                    }
                }
            }
        };
        visitor.traverse(root);
        return weights;
    }

    /** Characters a reader sees, white space not counted. */
    static int visibleChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }
}
