package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * A busy node stays in the load balancer: {@code /actuator/health} answers UP at once while every
 * database connection is in use, and a long job that finds no room is refused with a 503 and a
 * message saying to try again, instead of waiting for a worker or a connection.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class BusyNodeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    LongJobs jobs;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void healthIsUpAtOnceWhileEveryConnectionIsInUse() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
            long started = System.nanoTime();
            MvcResult health = threads.submit(
                            () -> mvc.perform(get("/actuator/health")).andReturn())
                    .get(10, TimeUnit.SECONDS);
            assertThat(health.getResponse().getStatus()).isEqualTo(200);
            assertThat(health.getResponse().getContentAsString()).contains("\"UP\"");
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(5_000);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    /** Keeps a job of the user's running until the test ends. */
    private void busy(Actor actor) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        threads.submit(() -> jobs.run(actor.user(), () -> {
            started.countDown();
            return release.await(60, TimeUnit.SECONDS);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private MvcResult importSheet(Actor office, long campaign) throws Exception {
        return mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", campaign)
                        .file(new MockMultipartFile(
                                "file", "台账.xlsx", "application/octet-stream", new byte[] {1, 2, 3}))
                        .header("Authorization", office.bearer()))
                .andReturn();
    }

    @Test
    void aSecondImportOfTheSameUserIsRefusedWith503() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", taizhang.shared.Role.OFFICE);
        long campaign = ledger.campaign(office.user()).id();
        busy(office);
        mvc.perform(multipart("/api/v1/campaigns/{id}/ledger.xlsx", campaign)
                        .file(new MockMultipartFile(
                                "file", "台账.xlsx", "application/octet-stream", new byte[] {1, 2, 3}))
                        .header("Authorization", office.bearer()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.title").value("服务器繁忙"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请等它完成后再试")));
    }

    @Test
    void whenEveryWorkerIsBusyAnotherUsersImportIsRefusedWith503() throws Exception {
        Actor office = fixtures.actor("内蒙古自治区", taizhang.shared.Role.OFFICE);
        long campaign = ledger.campaign(office.user()).id();
        for (int i = 0; i < jobs.capacity(); i++) {
            busy(fixtures.actor("内蒙古自治区", taizhang.shared.Role.OFFICE));
        }
        MvcResult refused = importSheet(office, campaign);
        assertThat(refused.getResponse().getStatus()).isEqualTo(503);
        assertThat(refused.getResponse().getContentAsString()).contains("稍后再试");
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));

        release.countDown();
        // With the workers free again the same upload is read (and refused for what it is: not a sheet).
        for (int tries = 0; tries < 50 && jobs.running() > 0; tries++) {
            Thread.sleep(100);
        }
        assertThat(importSheet(office, campaign).getResponse().getStatus()).isNotEqualTo(503);
    }
}
