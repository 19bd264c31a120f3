package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook secrets sealed with AES-GCM: they open only with the key and for the organisation sealed for. */
class SecretSealTest {

    static final String KEY = "webhook-secret-key-for-tests-0123456789";
    static final String SECRET = "xilingol-gateway-secret-0001";

    @Test
    void sealsSoThatTheSecretIsNotInTheStoredTextAndOpensAgain() {
        SecretSeal seal = SecretSeal.of(KEY);
        SecretSeal.Stored stored = seal.seal(SECRET, 42);

        assertThat(stored.sealed()).isTrue();
        assertThat(stored.text()).doesNotContain(SECRET).doesNotContain("xilingol");
        assertThat(seal.open(stored, 42)).contains(SECRET);
        assertThat(seal.seal(SECRET, 42).text()).as("a fresh nonce each time").isNotEqualTo(stored.text());
        assertThat(seal.seal("乌兰浩特市推送密钥".repeat(22), 42).text().length())
                .as("a 198-character Chinese secret fits the column")
                .isLessThanOrEqualTo(1200);
    }

    @Test
    void opensNothingWithAnotherKeyForAnotherOrganisationOrWhenAltered() {
        SecretSeal seal = SecretSeal.of(KEY);
        SecretSeal.Stored stored = seal.seal(SECRET, 42);

        assertThat(SecretSeal.of(KEY + "-rotated").open(stored, 42)).isEmpty();
        assertThat(seal.open(stored, 43))
                .as("copied to another organisation's row")
                .isEmpty();
        byte[] bytes = Base64.getDecoder().decode(stored.text());
        bytes[bytes.length - 1] ^= 1;
        assertThat(seal.open(new SecretSeal.Stored(Base64.getEncoder().encodeToString(bytes), true), 42))
                .isEmpty();
        assertThat(seal.open(new SecretSeal.Stored("not base64 at all", true), 42))
                .isEmpty();
        assertThat(SecretSeal.none().open(stored, 42)).as("no key").isEmpty();
    }

    @Test
    void withoutAKeySecretsAreStoredAsGivenAndStoredOnesStayReadable() {
        SecretSeal.Stored plain = SecretSeal.none().seal(SECRET, 42);

        assertThat(plain).isEqualTo(new SecretSeal.Stored(SECRET, false));
        assertThat(SecretSeal.configured("", " ").active()).isFalse();
        assertThat(SecretSeal.of(KEY).open(plain, 42))
                .as("a row written before the key was configured")
                .contains(SECRET);
    }

    @Test
    void takesTheKeyFromAFileAndRefusesAShortOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("webhook.key");
        Files.writeString(file, KEY + "\n", StandardCharsets.UTF_8);

        SecretSeal fromFile = SecretSeal.configured(null, file.toString());
        assertThat(SecretSeal.of(KEY).open(fromFile.seal(SECRET, 7), 7)).contains(SECRET);
        assertThatThrownBy(() -> SecretSeal.of("too-short-key")).hasMessageContaining("至少需要 32 个字节");
        assertThatThrownBy(() ->
                        SecretSeal.configured(null, dir.resolve("missing.key").toString()))
                .hasMessageContaining("无法读取");
    }
}
