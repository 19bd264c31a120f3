package taizhang.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTest {

    private final PublicRateLimit limit =
            new PublicRateLimit(3, Clock.fixed(Instant.parse("2021-10-09T08:00:30Z"), ZoneOffset.UTC));

    @Test
    void anAddressGetsItsShareOfAMinuteAndNoMore() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("10.0.0.1", "/public/").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = get("10.0.0.1", "/public/notices/1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(get("10.0.0.2", "/public/").getStatus())
                .as("another address")
                .isEqualTo(200);
        assertThat(get("10.0.0.1", "/ledger").getStatus())
                .as("not a public page")
                .isEqualTo(200);
    }

    private MockHttpServletResponse get(String address, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
