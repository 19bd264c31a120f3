package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A receiver recomputes the HMAC of the body it got; any change to the body or key fails. */
class SignatureTest {

    private static final String SECRET = "s3cret-shared-with-the-gateway";
    private static final byte[] BODY =
            "{\"id\":\"d-1\",\"event\":\"report.returned\",\"sentAt\":\"2014-03-03T04:00:00Z\"}"
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void isSha256HmacOfTheBodyAsAnyReceiverComputesIt() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(BODY));

        assertThat(Signature.of(SECRET, BODY)).isEqualTo(expected).matches("sha256=[0-9a-f]{64}");
        assertThat(Signature.verify(SECRET, BODY, expected)).isTrue();
    }

    @Test
    void failsForAChangedBodyAnotherSecretOrAMalformedHeader() {
        String header = Signature.of(SECRET, BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8)
                .replace("2014-03-03T04", "2014-03-04T04")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.verify(SECRET, changed, header)).isFalse();
        assertThat(Signature.verify("another-secret-of-the-same-size", BODY, header))
                .isFalse();
        assertThat(Signature.verify(SECRET, BODY, header.substring("sha256=".length())))
                .isFalse();
        assertThat(Signature.verify(SECRET, BODY, "sha256=not-hex")).isFalse();
        assertThat(Signature.verify(SECRET, BODY, null)).isFalse();
    }
}
