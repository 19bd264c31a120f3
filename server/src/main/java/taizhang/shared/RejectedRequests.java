package taizhang.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat's answer to a request it refuses before any servlet sees it: an address Tomcat will
 * not map (an encoded slash or NUL, bytes that are not UTF-8) or a request line or header too
 * long. Spring Boot has Tomcat's own report valve answer those, in English; this one answers in
 * Chinese, as problem details under {@code /api/} and as a short page elsewhere. It replaces
 * Boot's valve, so it runs after Boot's customizer.
 */
@Component
class RejectedRequests implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private static final String REFUSED = "请求无法处理：地址或请求头不合法（含有不允许的字符，或过长），请检查后重试";
    private static final String FAILED = "服务器出错，请稍后重试";

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ChineseReport());
            // The host adds a valve of this class when it starts, unless one is in its pipeline.
            if (context.getParent() instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ChineseReport.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Writes only where nothing was written and I/O is still allowed, as Tomcat's valve does. */
    static final class ChineseReport extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String message = status < 500 ? REFUSED : FAILED;
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problem(status, message) : page(status, message));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the answer already started: nothing more can be said.
            }
        }

        private static String problem(int status, String message) {
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "请求不合法" : ApiExceptionHandler.title(known);
            return "{\"type\":\"urn:taizhang:problem:http-" + status + "\",\"title\":\"" + title + "\",\"status\":"
                    + status + ",\"detail\":\"" + message + "\"}";
        }

        private static String page(int status, String message) {
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status
                    + " 请求无法处理</title></head><body><h1>请求无法处理</h1><p>" + message
                    + "</p><p><a href=\"/\">返回首页</a></p></body></html>";
        }
    }
}
