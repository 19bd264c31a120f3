package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

    @Test
    void sameTitleInEitherScriptIsIdentical() {
        assertThat(TitleSimilarity.of("全面加強和改進民族工作", "全面加强和改进民族工作")).isEqualTo(1.0);
    }

    @Test
    void aRewordedTitleIsCloseAndAnotherTitleIsFar() {
        assertThat(TitleSimilarity.of("全面加强和改进民族工作", "全面加强和改进民族工作机制")).isGreaterThan(0.8);
        assertThat(TitleSimilarity.of("全面加强和改进民族工作", "推进生态环境保护")).isLessThan(0.2);
    }
}
