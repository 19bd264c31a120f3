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

    /** Keeps the offset; a first start run again on an emptied database sets it anew. */
    public void keep(long offsetDays) {
        int updated = jdbc.sql("update demo_clock set offset_days = :days where id = 1")
                .param("days", offsetDays)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into demo_clock (id, offset_days) values (1, :days)")
                    .param("days", offsetDays)
                    .update();
        }
    }
}
