package taizhang.home;

import com.hankcs.hanlp.HanLP;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The script a reader chose: Simplified (简体, the default) or Traditional (繁體). Kept in a
 * cookie so it survives signing out and works on any server node.
 */
public enum Script {
    HANS("zh-CN", "简体"), HANT("zh-TW", "繁體");

    static final String COOKIE = "script";

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

    /** Phrase-level conversion for display; the pages are rendered in Simplified and converted as a whole. */
    public String display(String simplified) {
        return this == HANT && simplified != null ? HanLP.convertToTraditionalChinese(simplified) : simplified;
    }
}
