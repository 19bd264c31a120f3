package taizhang.webhook;

import taizhang.shared.InvalidRequestException;

/**
 * The shared secret the signature is keyed with. It is never shown back in full: the pages and the
 * API show its last four characters, enough to tell which one is set.
 */
public final class WebhookSecret {

    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 200;

    private WebhookSecret() {}

    public static String check(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidRequestException("secret", "缺少推送密钥");
        }
        if (secret.length() < MIN_LENGTH || secret.length() > MAX_LENGTH) {
            throw new InvalidRequestException(
                    "secret", "推送密钥应为 " + MIN_LENGTH + " 到 " + MAX_LENGTH + " 个字符，建议使用随机生成的长字符串");
        }
        if (!secret.strip().equals(secret)) {
            throw new InvalidRequestException("secret", "推送密钥首尾不能有空格");
        }
        return secret;
    }

    /** The last four characters; none when the secret is sealed with a key this node does not have. */
    public static String hint(String secret) {
        return secret == null ? "••••" : "••••" + secret.substring(secret.length() - 4);
    }
}
