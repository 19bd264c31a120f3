package taizhang.home;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the server where to open it, once it answers: the log says much, but a
 * newcomer looks for the address.
 */
@Component
class ReadyLine {

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            String path = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
            System.out.println(line(web.getWebServer().getPort(), path));
        }
    }

    static String line(int port, String contextPath) {
        return "Taizhang 已就绪，请在浏览器中打开 http://localhost:" + port + contextPath + "/  (ready: open this address)";
    }
}
