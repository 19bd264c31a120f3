package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the form, as a browser does, from an address; the session cookie it got. */
final class SignedIn {

    private SignedIn() {}

    static Cookie session(MockMvc mvc, String username, String password) throws Exception {
        return session(mvc, username, password, "127.0.0.1");
    }

    static Cookie session(MockMvc mvc, String username, String password, String address) throws Exception {
        MvcResult login = attempt(mvc, username, password, address);
        assertThat(login.getResponse().getRedirectedUrl())
                .as("sign-in of " + username)
                .doesNotContain("/login");
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    static MvcResult attempt(MockMvc mvc, String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("username", username)
                        .param("password", password))
                .andReturn();
    }
}
