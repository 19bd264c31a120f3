package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.support.DatabaseTest;

/** What a newcomer meets before signing in: the address to open, and a tab with the product's icon. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class FirstImpressionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theIconIsServedToAnyone() throws Exception {
        var response = mvc.perform(get("/favicon.ico")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        // An ICO file: reserved 0, type 1 (icon).
        assertThat(response.getContentAsByteArray()).startsWith(0, 0, 1, 0);
    }

    @Test
    void theReadyLineNamesTheAddress() {
        assertThat(ReadyLine.line(8080, "")).contains("http://localhost:8080/");
        assertThat(ReadyLine.line(9000, "/taizhang")).contains("http://localhost:9000/taizhang/");
    }
}
