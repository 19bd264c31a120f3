package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.StoryClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the default settings the server posts to no internal address: 阿拉善盟's office cannot save
 * the cloud's metadata service or the database's port as its receiver, and a host name that
 * resolves to this machine is refused at every try, never reached, and given up after the last.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class WebhookAddressIntegrationTest {

    static final String SECRET = "alxa-gateway-secret-000001";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookOutbox outbox;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    WebhookRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    StoryClock clock;

    long alxa;
    Actor office;
    Receiver receiver;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(2014, 4, 7));
        alxa = fixtures.org("阿拉善盟").id();
        office = fixtures.actor("阿拉善盟", Role.OFFICE);
        jdbc.sql("delete from webhook where org_id = :o").param("o", alxa).update();
        // Rows of earlier runs on a kept PostgreSQL database would be due in this story too.
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void refusesSavingALiteralInternalAddressWith400InChinese() throws Exception {
        for (String url : List.of(
                "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.1:5432/",
                "http://10.20.30.40/hook",
                "http://[::1]:8080/hook",
                "http://[::ffff:192.168.1.1]/hook",
                "http://100.64.0.1/hook")) {
            MockHttpServletResponse refused = mvc.perform(put("/api/v1/organisations/" + alxa + "/webhook")
                            .header("Authorization", office.bearer())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}"))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).as(url).isEqualTo(400);
            assertThat(json.readTree(refused.getContentAsString()).get("detail").asText())
                    .as(url)
                    .contains("已拒绝", "指向");
        }
        MockHttpServletResponse page = mvc.perform(post("/webhooks/save")
                        .header("Authorization", office.bearer())
                        .param("org", Long.toString(alxa))
                        .param("url", "http://169.254.169.254/")
                        .param("secret", SECRET)
                        .param("enabled", "true"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("链路本地地址");

        assertThat(jdbc.sql("select count(*) from webhook where org_id = :o")
                        .param("o", alxa)
                        .query(Long.class)
                        .single())
                .as("nothing saved")
                .isZero();
    }

    @Test
    void aNameThatResolvesToThisMachineIsRefusedAtEveryTryAndThenGivenUp() throws Exception {
        receiver = new Receiver(nth -> 200);
        String byName = receiver.url().replace("127.0.0.1", "localhost");
        webhooks.save(office.user(), alxa, byName, SECRET, true);
        String id = transaction.execute(status -> outbox.enqueue(alxa, "cycle.overdue", "{}"));

        deliveries.sendDue();
        Delivery first = repository.delivery(id).orElseThrow();
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastStatus()).isNull();
        assertThat(first.lastError()).contains("localhost", "本机地址", "已拒绝");
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        for (int attempt = 2; attempt <= Backoff.MAX_ATTEMPTS; attempt++) {
            clock.advance(Duration.ofHours(12));
            assertThat(deliveries.sendDue()).isEqualTo(1);
        }
        Delivery given = repository.delivery(id).orElseThrow();
        assertThat(given.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(given.attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
        assertThat(given.lastError()).contains("本机地址");
        assertThat(receiver.received()).as("never reached").isEmpty();
    }
}
