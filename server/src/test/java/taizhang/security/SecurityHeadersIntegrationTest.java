package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;

/**
 * The hardening every response carries (CSP without inline script, no framing, referrer and
 * permissions policies), CSRF for session requests whatever Bearer header they carry, and no
 * inline script left in the templates.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Test
    void everyPageAndAnswerCarriesTheHardeningHeaders() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        Cookie session = requests.signIn(
                office.user().username(), "password-" + office.user().username());
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
            get("/login"),
            get("/ledger").cookie(session),
            get("/account").cookie(session),
            get("/measures/999999999").cookie(session).accept(MediaType.TEXT_HTML),
            get("/api/v1/me").header("Authorization", office.bearer()),
            get("/api/v1/me"),
            get("/js/app.js")
        }) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'");
            assertThat(csp).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void aMadeUpBearerHeaderDoesNotExemptASessionRequestFromCsrf() throws Exception {
        Actor office = fixtures.actor("赤峰市", Role.OFFICE);
        Cookie session = requests.signIn(
                office.user().username(), "password-" + office.user().username());
        String body = "{\"name\":\"伪造令牌-" + UUID.randomUUID() + "\"}";
        MockHttpServletResponse forged = mvc.perform(post("/api/v1/campaigns")
                        .cookie(session)
                        .header("Authorization", "Bearer tz_made-up")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/settings")
                                .cookie(session)
                                .header("Authorization", "Bearer anything")
                                .param("email", "")
                                .param("emailNotifications", "false"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // A real token needs no CSRF token: nothing ambient authenticates it.
        assertThat(mvc.perform(post("/api/v1/campaigns")
                                .header("Authorization", office.bearer())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void noTemplateHasInlineScriptOrEventHandlers() throws Exception {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            templates.filter(p -> p.toString().endsWith(".jte")).forEach(template -> {
                String text;
                try {
                    text = Files.readString(template);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(text)
                        .as(template.toString())
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                        .doesNotContainPattern("\\son[a-z]+\\s*=")
                        .doesNotContain("javascript:");
            });
        }
    }
}
