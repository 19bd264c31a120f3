package taizhang.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.support.Fixtures.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the server's pages and API through MockMvc, for a test that has it
 * ({@code @AutoConfigureMockMvc}): as an actor with its token, or signed in through the form as a
 * browser does. The answers are read as UTF-8, as the server writes them.
 */
@Component
public class PageRequests {

    // Asked for at each request: every test context holds this helper, only some hold a MockMvc.
    private final ObjectProvider<MockMvc> mvc;
    private final JsonMapper json;

    PageRequests(ObjectProvider<MockMvc> mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** The answer to a request as it is made. */
    public MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.getObject().perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    /** The answer to a request made as the actor, with its API token. */
    public MockHttpServletResponse send(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return perform(request.header("Authorization", actor.bearer()));
    }

    /** A request made as the actor, to check with MockMvc's matchers. */
    public ResultActions as(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.getObject().perform(request.header("Authorization", actor.bearer()));
    }

    /** A request made as the actor with a JSON body, to check with MockMvc's matchers. */
    public ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body) throws Exception {
        return as(actor, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The JSON a checked request answered. */
    public JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The answer to an API call as the actor, with a JSON body or none. */
    public MockHttpServletResponse send(Actor actor, HttpMethod method, String path, String body) throws Exception {
        MockHttpServletRequestBuilder call = request(method, path);
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return send(actor, call);
    }

    /** A page the actor may read, as its text. */
    public String page(Actor actor, String path) throws Exception {
        return ok(send(actor, get(path)));
    }

    /** The JSON the actor may read. */
    public JsonNode read(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(ok(send(actor, request)));
    }

    /** Who a session's cookie signs in as: {@code /api/v1/me}. */
    public JsonNode me(Cookie session) throws Exception {
        return json.readTree(ok(perform(get("/api/v1/me").cookie(session))));
    }

    /** Signs in through the form, from 127.0.0.1; the session's cookie. */
    public Cookie signIn(String username, String password) throws Exception {
        return signIn(username, password, "127.0.0.1");
    }

    /** Signs in through the form from an address; the session's cookie. */
    public Cookie signIn(String username, String password, String address) throws Exception {
        MvcResult login = signInAttempt(username, password, address);
        assertThat(login.getResponse().getRedirectedUrl())
                .as("sign-in of " + username)
                .doesNotContain("/login");
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    /** A sign-in through the form from 127.0.0.1, whether it succeeds or not. */
    public MvcResult signInAttempt(String username, String password) throws Exception {
        return signInAttempt(username, password, "127.0.0.1");
    }

    /** A sign-in through the form from an address, whether it succeeds or not. */
    public MvcResult signInAttempt(String username, String password, String address) throws Exception {
        return mvc.getObject()
                .perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("username", username)
                        .param("password", password))
                .andReturn();
    }

    private static String ok(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return body;
    }
}
