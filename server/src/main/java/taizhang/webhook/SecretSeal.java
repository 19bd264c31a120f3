package taizhang.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How webhook secrets are kept in the database: sealed with AES-256-GCM when a key is configured
 * ({@code taizhang.webhooks.secret-key} or {@code …-key-file}, 32 bytes or more, kept outside the
 * database), as given otherwise. A secret keys every delivery's signature, so it cannot be hashed;
 * sealed, a copy of the database alone does not let anyone sign as the server. The organisation's id
 * is bound into each seal, so a sealed secret copied to another organisation's row does not open.
 */
public final class SecretSeal {

    static final int MIN_KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a row holds: the secret's text, sealed or as given. */
    record Stored(String text, boolean sealed) {}

    private final SecretKeySpec key;

    private SecretSeal(SecretKeySpec key) {
        this.key = key;
    }

    /** No key: secrets are stored as given. */
    static SecretSeal none() {
        return new SecretSeal(null);
    }

    /** The key given as text; surrounding blanks (a file's final line break) are not part of it. */
    static SecretSeal of(String text) {
        byte[] given = text.strip().getBytes(StandardCharsets.UTF_8);
        if (given.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("推送密钥的加密密钥太短：至少需要 " + MIN_KEY_BYTES + " 个字节 / the webhook secret key needs "
                    + MIN_KEY_BYTES + " bytes or more");
        }
        try {
            // The configured text may be longer than AES's 32 bytes; its SHA-256 is the AES-256 key.
            return new SecretSeal(
                    new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(given), "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The configured key, the file's if both are given; without either, secrets are stored as given. */
    static SecretSeal configured(String text, String file) {
        if (file != null && !file.isBlank()) {
            try {
                return of(Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("推送密钥的加密密钥文件无法读取 / cannot read the webhook secret key file " + file, e);
            }
        }
        return text == null || text.isBlank() ? none() : of(text);
    }

    boolean active() {
        return key != null;
    }

    Stored seal(String secret, long orgId) {
        if (key == null) {
            return new Stored(secret, false);
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed;
        try {
            sealed = cipher(Cipher.ENCRYPT_MODE, iv, orgId).doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing with AES/GCM failed", e);
        }
        return new Stored(
                Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array()),
                true);
    }

    /** The secret, or empty when a sealed one cannot be opened (no key, another key, or altered). */
    Optional<String> open(Stored stored, long orgId) {
        if (!stored.sealed()) {
            return Optional.of(stored.text());
        }
        if (key == null) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.text());
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, IV_BYTES), orgId);
            return Optional.of(
                    new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv, long orgId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(("webhook:" + orgId).getBytes(StandardCharsets.UTF_8));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return key == null ? "SecretSeal[none]" : "SecretSeal[hidden]";
    }
}
