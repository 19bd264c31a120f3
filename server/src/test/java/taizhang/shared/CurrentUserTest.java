package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A user's subtree: its own organisation and everything below, nothing beside or above. */
class CurrentUserTest {

    private static final CurrentUser CHIFENG = new CurrentUser(1, "u", "u", 5, "/1/5/", EnumSet.of(Role.UNIT));

    @Test
    void coversItsOwnOrganisation() {
        assertThat(CHIFENG.covers("/1/5/")).isTrue();
    }

    @Test
    void coversEveryDescendant() {
        assertThat(CHIFENG.covers("/1/5/23/")).isTrue();
        assertThat(CHIFENG.covers("/1/5/23/99/")).isTrue();
    }

    @Test
    void doesNotCoverItsParentOrSiblings() {
        assertThat(CHIFENG.covers("/1/")).isFalse();
        assertThat(CHIFENG.covers("/1/6/")).isFalse();
        assertThat(CHIFENG.covers("/1/6/5/")).isFalse();
    }

    @Test
    void doesNotCoverASiblingWhoseIdStartsWithTheSameDigits() {
        assertThat(CHIFENG.covers("/1/50/")).isFalse();
        assertThat(CHIFENG.covers("/1/5")).isFalse();
    }

    @Test
    void coversNothingWithoutAPath() {
        assertThat(CHIFENG.covers(null)).isFalse();
        assertThat(CHIFENG.covers("")).isFalse();
    }

    @Test
    void subtreePatternMatchesThePrefix() {
        assertThat(CHIFENG.subtreePattern()).isEqualTo("/1/5/%");
    }

    @Test
    void rolesAreCheckedOneByOneOrAnyOf() {
        assertThat(CHIFENG.has(Role.UNIT)).isTrue();
        assertThat(CHIFENG.has(Role.OFFICE)).isFalse();
        assertThat(CHIFENG.hasAny(Role.OFFICE, Role.UNIT)).isTrue();
        assertThat(CHIFENG.hasAny(Role.OFFICE, Role.ADMIN)).isFalse();
        assertThat(CHIFENG.hasAny()).isFalse();
    }
}
