package taizhang.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A gateway on a local port, as a body would run one: it keeps what it received and answers with
 * the status {@code answer} gives for the n-th request of a delivery id (1 for the first), with a
 * {@code Location} back to itself when that is a redirect.
 */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> perDelivery = new ConcurrentHashMap<>();

    public Receiver(IntUnaryOperator answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Received request = new Received(Map.copyOf(exchange.getRequestHeaders()), body);
            received.add(request);
            String id = String.valueOf(request.header("X-Taizhang-Delivery"));
            int nth = perDelivery.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            int status = answer.applyAsInt(nth);
            if (status >= 300 && status < 400) {
                // A moved gateway: the sender must not follow it.
                exchange.getResponseHeaders().add("Location", "/hook?moved=" + nth);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return received;
    }

    public List<Received> received(String deliveryId) {
        return received.stream()
                .filter(r -> deliveryId.equals(r.header("X-Taizhang-Delivery")))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
