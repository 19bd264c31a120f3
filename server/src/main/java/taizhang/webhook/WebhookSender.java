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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * POSTs one body to a receiver with the JDK's client. Timeouts keep a silent gateway from holding
 * the job; redirects are not followed (a moved gateway should be set anew, and a redirect must not
 * carry a signed body elsewhere).
 */
@Component
class WebhookSender {

    private final HttpClient http;
    private final Duration timeout;

    WebhookSender(
            @Value("${taizhang.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${taizhang.webhooks.timeout:PT10S}") Duration timeout) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    /** How a try went: the receiver's status, or why there was none. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Outcome post(URI url, Map<String, String> headers, byte[] body) {
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
