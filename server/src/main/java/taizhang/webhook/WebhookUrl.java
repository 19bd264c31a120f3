package taizhang.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import taizhang.shared.InvalidRequestException;

/** The receiver's address: an absolute http or https URL with a host, at most 500 characters. */
public final class WebhookUrl {

    static final int MAX_LENGTH = 500;

    private WebhookUrl() {}

    public static URI parse(String text) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            throw new InvalidRequestException("url", "缺少推送地址");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidRequestException("url", "推送地址不能超过 " + MAX_LENGTH + " 个字");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw invalid(url);
        }
        return uri;
    }

    private static InvalidRequestException invalid(String url) {
        String shown = url.length() > 40 ? url.substring(0, 40) + "…" : url;
        return new InvalidRequestException(
                "url", "推送地址“" + shown + "”无效，应为以 http:// 或 https:// 开头的网址，如 https://gateway.example.cn/taizhang");
    }
}
