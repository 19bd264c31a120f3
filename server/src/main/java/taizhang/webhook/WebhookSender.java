package taizhang.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * POSTs one body to a receiver with the JDK's client. Timeouts keep a silent gateway from holding
 * the job; redirects are not followed (a moved gateway should be set anew, and a redirect must not
 * carry a signed body elsewhere, nor lead past the address check to an internal one).
 *
 * <p>The receiver's host is resolved and checked by {@link ReachableAddress} right before each
 * send. The JDK's client resolves the host again when it connects; it gets the same answer from the
 * JVM's address cache (successful lookups are kept 30 seconds unless {@code networkaddress.cache.ttl}
 * says otherwise). What remains: a lookup that expires between the check and the connection could
 * be answered differently by a name server bent on rebinding. Java 17's client offers no hook to
 * connect to the checked address itself while keeping the name for TLS; where that matters,
 * deployments keep the default cache time and may name their gateways in
 * {@code taizhang.webhooks.allowed-hosts} with outbound traffic limited by the firewall.
 */
@Component
class WebhookSender {

    private final HttpClient http;
    private final Duration timeout;
    private final ReachableAddress addresses;

    WebhookSender(
            @Value("${taizhang.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${taizhang.webhooks.timeout:PT10S}") Duration timeout,
            ReachableAddress addresses) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.addresses = addresses;
    }

    /** How a try went: the receiver's status, or why there was none. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Sends, unless the receiver's host resolves to an address the server may not reach. */
    Outcome post(URI url, Map<String, String> headers, byte[] body) {
        Optional<String> refused = addresses.refusal(url);
        if (refused.isPresent()) {
            return new Outcome(null, refused.get());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "接收方应答 HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "接收方在 " + timeout.toSeconds() + " 秒内没有应答");
        } catch (ConnectException e) {
            return new Outcome(null, "无法连接接收方");
        } catch (IOException e) {
            return new Outcome(null, "发送失败：" + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "发送被中断");
        }
    }
}
