package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;

/**
 * Password guessing is limited per user and address without letting the guesser lock the real
 * user out: not from the user's usual address, and never its API tokens. Parallel guesses get
 * no more than the limit; successes and failures are in the audit trail. The addresses are
 * documentation addresses (RFC 5737), set on the mock request only.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleIntegrationTest {

    private static final String USUAL = "198.51.100.7";

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private String attempt(String username, String password, String address) throws Exception {
        return requests.signInAttempt(username, password, address).getResponse().getRedirectedUrl();
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_event where action = :action and actor = :actor")
                .param("action", action)
                .param("actor", username)
                .query(Long.class)
                .single();
    }

    @Test
    void aGuesserBlocksOnlyItselfNotTheUsualAddressNorTheTokens() throws Exception {
        Actor office = fixtures.actor("通辽市", Role.OFFICE);
        String username = office.user().username();
        String password = "password-" + username;
        requests.signIn(username, password, USUAL);

        for (int i = 0; i < 5; i++) {
            assertThat(attempt(username, "guess-" + i, "203.0.113.9")).endsWith("/login?error");
        }
        assertThat(attempt(username, password, "203.0.113.9"))
                .as("the guesser's address is blocked, even with the right password")
                .endsWith("/login?locked");
        requests.signIn(username, password, USUAL);
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", office.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        assertThat(audited("login.failure", username)).isEqualTo(5);
        assertThat(audited("login.success", username)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select after_json from audit_event where action = 'login.failure' and actor = :actor
                        order by seq desc fetch first 1 rows only""").param("actor", username).query(String.class).single())
                .contains("203.0.113.9")
                .contains("BAD_CREDENTIALS")
                .contains("blocked");
    }

    @Test
    void guessesFromManyAddressesBlockNewAddressesOnlyUntilTheAdministratorUnlocks() throws Exception {
        Actor admin = fixtures.actor("内蒙古自治区", Role.ADMIN);
        Actor unit = fixtures.actor("赤峰市", Role.UNIT);
        String username = unit.user().username();
        String password = "password-" + username;
        requests.signIn(username, password, USUAL);

        for (int i = 0; i < 10; i++) {
            assertThat(attempt(username, "guess", "203.0.113." + (20 + i))).endsWith("/login?error");
        }
        assertThat(attempt(username, password, "192.0.2.44")).endsWith("/login?locked");
        requests.signIn(username, password, USUAL);

        assertThat(mvc.perform(post("/api/v1/users/" + unit.user().id() + "/unlock")
                                .header("Authorization", admin.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        requests.signIn(username, password, "192.0.2.44");
    }

    @Test
    void parallelGuessesGetNoMoreThanTheLimit() throws Exception {
        Actor leader = fixtures.actor("内蒙古自治区", Role.LEADER);
        String username = leader.user().username();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String guess = "guess-" + i;
                guesses.add(() -> attempt(username, guess, "203.0.113.77"));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(guesses, 2, TimeUnit.MINUTES)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes.stream().filter(url -> url.endsWith("?error"))).hasSize(5);
            assertThat(outcomes.stream().filter(url -> url.endsWith("?locked"))).hasSize(25);
        } finally {
            pool.shutdownNow();
        }
        assertThat(audited("login.failure", username)).isEqualTo(5);
    }

    @Test
    void oneAddressGuessingManyUsersIsStoppedToo() throws Exception {
        String address = "192.0.2.200";
        for (int i = 0; i < 30; i++) {
            assertThat(attempt("nobody-" + i, "guess", address)).endsWith("/login?error");
        }
        assertThat(attempt("nobody-31", "guess", address)).endsWith("/login?locked");
    }
}
