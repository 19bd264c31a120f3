package taizhang.home;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import taizhang.shared.ChineseScript;
import taizhang.shared.InvalidRequestException;

/**
 * The script a reader chose: Simplified (简体, the default) or Traditional (繁體). Kept in a
 * cookie so it survives signing out and works on any server node.
 */
public enum Script {
    HANS("zh-CN", "简体"),
    HANT("zh-TW", "繁體");

    static final String COOKIE = "script";

    /**
     * What a reader may send back: a textarea's text and any {@code value} attribute. Converting
     * them would make saving a form rewrite the unit's own words (or a typed keyword) into the
     * reader's script. Group 1 is the kept text in both alternatives.
     */
    private static final Pattern FORM_VALUE =
            Pattern.compile("(?is)<textarea\\b[^>]*>(.*?)</textarea>|\\svalue\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private final String lang;
    private final String label;

    Script(String lang, String label) {
        this.lang = lang;
        this.label = label;
    }

    public String lang() {
        return lang;
    }

    public String label() {
        return label;
    }

    public Script other() {
        return this == HANS ? HANT : HANS;
    }

    public static Script of(String value) {
        return "hant".equalsIgnoreCase(value) ? HANT : HANS;
    }

    /**
     * The script of an export: the one asked for ({@code hans} or {@code hant}), else the page's.
     * Anything else is refused, so a typo never yields a document in the wrong script.
     */
    public static Script forExport(String asked, HttpServletRequest request) {
        if (asked == null || asked.isBlank()) {
            return of(request);
        }
        return switch (asked.toLowerCase(java.util.Locale.ROOT)) {
            case "hans" -> HANS;
            case "hant" -> HANT;
            default -> throw new InvalidRequestException("script", "文字只能选简体（hans）或繁體（hant）");
        };
    }

    public static Script of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return of(cookie.getValue());
                }
            }
        }
        return HANS;
    }

    /**
     * Phrase-level conversion of text in either script into this one. Text already in this
     * script is left alone (HanLP's Traditional→Simplified keeps 显著, 著作, 干部 and the like).
     */
    public String display(String text) {
        if (text == null) {
            return null;
        }
        return this == HANT ? ChineseScript.traditional(text) : ChineseScript.simplified(text);
    }

    /**
     * A rendered page in this script: the interface and the ledger's text as displayed, while
     * form values stay as stored.
     */
    public String page(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher kept = FORM_VALUE.matcher(html);
        int from = 0;
        while (kept.find()) {
            int group = kept.group(1) != null ? 1 : 2;
            int start = kept.start(group);
            int end = kept.end(group);
            out.append(display(html.substring(from, start))).append(html, start, end);
            from = end;
        }
        return out.append(display(html.substring(from))).toString();
    }
}
