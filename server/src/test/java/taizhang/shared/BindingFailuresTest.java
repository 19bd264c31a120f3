package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The messages about request values, apart from any controller. */
class BindingFailuresTest {

    @Test
    void aValueTooLongOrTooLargeForTheDatabaseIsABadValue() {
        for (String state : new String[] {"22001", "22003"}) {
            var e = new DataIntegrityViolationException("insert", new SQLException("value too long", state));
            assertThat(BindingFailures.explain(e))
                    .hasValueSatisfying(
                            refused -> assertThat(refused.getMessage()).contains("超出了允许的长度或数值范围"));
        }
    }

    @Test
    void aDuplicateIsNoBadValue() {
        var e = new DataIntegrityViolationException("insert", new SQLException("duplicate key", "23505"));
        assertThat(BindingFailures.explain(e)).isEmpty();
    }

    @Test
    void anIntegerTooLargeForItsTypeIsOutOfRangeNotMistyped() {
        assertThat(RequestValues.mismatch("page", "99999999999", int.class).getMessage())
                .isEqualTo("页码“99999999999”超出范围");
        assertThat(RequestValues.mismatch("page", "1.5", int.class).getMessage())
                .isEqualTo("页码“1.5”无效，应为整数");
    }

    @Test
    void anEnumWithoutChineseWordsListsItsNames() {
        assertThat(RequestValues.mismatch("kind", "X", Role.class).getMessage())
                .startsWith("kind“X”无效，可选：")
                .contains(Role.OFFICE.name());
    }

    @Test
    void aLongValueIsShownShortened() {
        assertThat(RequestValues.mismatch("id", "x".repeat(100), long.class).getMessage())
                .isEqualTo("编号“" + "x".repeat(40) + "…”无效，应为整数");
    }
}
