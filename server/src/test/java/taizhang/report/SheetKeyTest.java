package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 系统编号 as the sheet holds it. */
class SheetKeyTest {

    @Test
    void readsBackWhatItWrites() {
        SheetKey key = new SheetKey(7, 1234, 3);

        assertThat(key.text()).isEqualTo("TZ-7-1234-v3");
        assertThat(SheetKey.parse(" TZ-7-1234-v3 ")).contains(key);
        assertThat(SheetKey.parse("tz-7-1234-V3")).contains(key);
    }

    @Test
    void refusesAnythingElse() {
        assertThat(SheetKey.parse("3-2")).isEmpty();
        assertThat(SheetKey.parse("TZ-7-1234")).isEmpty();
        assertThat(SheetKey.parse("TZ-7-1234-v3x")).isEmpty();
        assertThat(SheetKey.parse("TZ-7-99999999999999999999-v3")).isEmpty();
    }
}
