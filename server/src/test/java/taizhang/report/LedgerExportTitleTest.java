package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerExportTitleTest {

    @Test
    void saysZhenggaiOnce() {
        assertThat(LedgerExport.title("中央第三生态环境保护督察反馈意见整改")).isEqualTo("中央第三生态环境保护督察反馈意见整改台账");
        assertThat(LedgerExport.title("2021年巡视反馈问题")).isEqualTo("2021年巡视反馈问题整改台账");
    }
}
