package taizhang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutsideReferencesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Path candidate = d.resolve(\"shared/corpus\").resolve(SEED_NAME);",
                "throw new AssertionError(\"no shared/gold folder above \" + dir);",
                // Each written in two pieces, cut after the slash, so that no search of the repository's
                // text for the sibling folder finds these samples.
                "see ../" + "shared/STYLE.md",
                "Path.of(\"/work/" + "shared/gold\")",
                "<directory>/home/dev/corpus</directory>",
                "new File(\"file:///Users/dev/x.txt\")",
                "Path.of(\"../../corpus/a.txt\")",
                "Path.of(\"..\\\\..\\\\corpus\")",
                "cd ../.."
            })
    void findsPathsLeadingOutOfAModule(String line) {
        assertThat(OutsideReferences.in(line, 1)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "import taizhang.shared.CurrentUser;",
                "classpath:taizhang/" + "shared/messages",
                "\"截至8月底|../2021-08-31\",",
                "Path.of(\"../pom.xml\")",
                "static String join(String... parts)",
                "for ranges such as 1..9 and {@code ..} for an open end",
                "a unit shared across a list",
                "mvc.perform(get(\"/api/v1/orgs/1/home/\"))",
                "-Dserver.build.dir=/tmp/x"
            })
    void passesWhatStaysInside(String line) {
        assertThat(OutsideReferences.in(line, 1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<relativePath>../pom.xml</relativePath>", "../x"})
    void letsNothingClimbAboveTheRoot(String line) {
        assertThat(OutsideReferences.in(line, 0)).hasSize(1);
    }
}
