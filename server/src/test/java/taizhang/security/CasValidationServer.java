package taizhang.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A CAS server's ticket validation, enough for the protocol: tickets it issued are good once,
 * for the one service, and answer with the user and its attributes ({@code /p3/serviceValidate}).
 */
final class CasValidationServer {

    private record Ticket(String service, String user, Map<String, List<String>> attributes) {}

    private final HttpServer server;
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    CasValidationServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cas/p3/serviceValidate", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Ticket ticket = tickets.remove(query.getOrDefault("ticket", ""));
            String body = ticket != null && ticket.service().equals(query.get("service")) ? success(ticket) : """
                    <cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
                      <cas:authenticationFailure code="INVALID_TICKET">unknown ticket</cas:authenticationFailure>
                    </cas:serviceResponse>""";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/cas";
    }

    /** A service ticket, as the CAS server hands the browser after its sign-in. */
    String issue(String service, String user, Map<String, List<String>> attributes) {
        String ticket = "ST-" + UUID.randomUUID();
        tickets.put(ticket, new Ticket(service, user, attributes));
        return ticket;
    }

    void stop() {
        server.stop(0);
    }

    private static String success(Ticket ticket) {
        var attributes = new StringBuilder();
        ticket.attributes()
                .forEach((name, values) -> values.forEach(value -> attributes
                        .append("<cas:")
                        .append(name)
                        .append('>')
                        .append(value)
                        .append("</cas:")
                        .append(name)
                        .append(">\n")));
        return """
                <cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
                  <cas:authenticationSuccess>
                    <cas:user>%s</cas:user>
                    <cas:attributes>
                %s    </cas:attributes>
                  </cas:authenticationSuccess>
                </cas:serviceResponse>""".formatted(ticket.user(), attributes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
