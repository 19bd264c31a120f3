package taizhang.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs audit checkpoints (HMAC-SHA256). It must live outside the database —
 * given as {@code taizhang.audit.checkpoint-key} or read from {@code taizhang.audit.checkpoint-key-file}
 * — or whoever can rewrite the chain could sign the rewritten head as well.
 */
public final class CheckpointKey {

    static final int MIN_BYTES = 32;

    private final byte[] secret;

    private CheckpointKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("审计检查点密钥太短：至少需要 " + MIN_BYTES + " 个字节 / the audit checkpoint key needs "
                    + MIN_BYTES + " bytes or more");
        }
        this.secret = secret.clone();
    }

    /** The key given as text; surrounding blanks (a file's final line break) are not part of it. */
    public static CheckpointKey of(String secret) {
        return new CheckpointKey(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    public static CheckpointKey fromFile(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("审计检查点密钥文件无法读取 / cannot read the checkpoint key file " + file, e);
        }
    }

    /** The configured key, the file's if both are given; empty when neither is. */
    public static Optional<CheckpointKey> configured(String secret, String file) {
        if (file != null && !file.isBlank()) {
            return Optional.of(fromFile(Path.of(file.strip())));
        }
        if (secret != null && !secret.isBlank()) {
            return Optional.of(of(secret));
        }
        return Optional.empty();
    }

    String mac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    boolean matches(String content, String mac) {
        return MessageDigest.isEqual(
                mac(content).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "CheckpointKey[hidden]";
    }
}
