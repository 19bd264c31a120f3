package taizhang.shared;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo clock's offset as its first start set it (V139); none on a database the demo did not start. */
@Repository
public class DemoClockStore {

    private final JdbcClient jdbc;

    DemoClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> offsetDays() {
        return jdbc.sql("select offset_days from demo_clock where id = 1")
                .query(Long.class)
                .optional();
    }

    public void keep(long offsetDays) {
        jdbc.sql("insert into demo_clock (id, offset_days) values (1, :days)")
                .param("days", offsetDays)
                .update();
    }
}
