package taizhang.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import taizhang.shared.InvalidRequestException;

/**
 * What a password must be: 10 characters at least, 72 bytes at most (bcrypt reads no further, so
 * a longer one would be cut without a word), not the user name or built on it, not a common
 * password, and more than one repeated character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Throws, naming {@code field}, when the password breaks the policy. */
    public static void check(String field, String username, String password) {
        String problem = problem(username, password);
        if (problem != null) {
            throw new InvalidRequestException(field, problem);
        }
    }

    /** Why the password is refused, or null when it passes. */
    static String problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 位";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "密码最长 " + MAX_BYTES + " 字节（约 24 个汉字或 72 个字母、数字）";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank()) {
            String name = username.toLowerCase(Locale.ROOT);
            if (lower.contains(name) || name.contains(lower)) {
                return "密码不能包含用户名";
            }
        }
        if (lower.codePoints().distinct().count() < 4) {
            return "密码过于简单：请使用更多不同的字符";
        }
        // A common word with digits or marks put after it is as easy to guess as the word.
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[^\\p{L}]+$", ""))) {
            return "这是常见密码，很容易被猜中，请换一个";
        }
        return null;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/taizhang/user/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
