package taizhang.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

class PasswordPolicyTest {

    @Test
    void acceptsALongEnoughUncommonPassword() {
        assertThat(PasswordPolicy.problem("zhangsan", "整改台账-第三季度-4471")).isNull();
        assertThat(PasswordPolicy.problem("zhangsan", "correct horse battery")).isNull();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.problem("zhangsan", "abc12345")).contains("至少 10 位");
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertThat(PasswordPolicy.problem("zhangsan", "a".repeat(30) + "b".repeat(30) + "c".repeat(13)))
                .contains("72 字节");
        assertThat(PasswordPolicy.problem("zhangsan", "巡视整改".repeat(7))).contains("72 字节");
    }

    @Test
    void refusesTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.problem("ZhangSan", "my-zhangsan-2026")).contains("用户名");
    }

    @Test
    void refusesCommonPasswordsAndCommonWordsWithDigitsAfterThem() {
        assertThat(PasswordPolicy.problem("zhangsan", "1qaz2wsx3edc")).contains("常见密码");
        assertThat(PasswordPolicy.problem("zhangsan", "Password2024!")).contains("常见密码");
        assertThat(PasswordPolicy.problem("zhangsan", "woaini1314520")).contains("常见密码");
        assertThat(PasswordPolicy.problem("zhangsan", "1212121212")).contains("过于简单");
    }

    @Test
    void checkNamesTheField() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "u", "short"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("newPassword"));
    }
}
