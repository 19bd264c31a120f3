package taizhang.standalone;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths in a line of a source, resource or POM that lead out of the repository: into the
 * {@code shared/} folder the project was started beside, into a machine's work or home folders,
 * or up past the repository's root. Written paths only: a path a program computes by walking up
 * from its working directory is not seen.
 */
final class OutsideReferences {

    // The sibling folder by its contents, so that the folder of the server's package taizhang.shared passes.
    private static final Pattern SIBLING =
            Pattern.compile("(?<![\\w.-])shared[/\\\\](?:corpus|gold|hooks|PRODUCT\\.md|STACK\\.md|STYLE\\.md)");
    // At the start of a path, not inside a URL path such as /api/v1/home/.
    private static final Pattern ABSOLUTE =
            Pattern.compile("(?:(?<![\\w.:/-])|(?<=file://))/(?:work|home|root|Users)/");
    // A run of ".." segments; an ellipsis, varargs and ranges such as 1..9 are none.
    private static final Pattern CLIMB = Pattern.compile("(?<![\\w.])\\.\\.(?:[/\\\\]+\\.\\.)*(?=[/\\\\\"'\\s)<]|$)");

    private OutsideReferences() {}

    /**
     * The paths in the line that lead outside; {@code depth} is how far below the root the folder
     * is that the line's relative paths start from (a module's folder for its sources and POM).
     */
    static List<String> in(String line, int depth) {
        Set<String> found = new LinkedHashSet<>();
        addAll(found, SIBLING.matcher(line), line);
        addAll(found, ABSOLUTE.matcher(line), line);
        Matcher climb = CLIMB.matcher(line);
        while (climb.find()) {
            if (climb.group().split("[/\\\\]+").length > depth) {
                found.add(path(line, climb.start(), climb.end()));
            }
        }
        return List.copyOf(found);
    }

    private static void addAll(Set<String> found, Matcher matcher, String line) {
        while (matcher.find()) {
            found.add(path(line, matcher.start(), matcher.end()));
        }
    }

    /** The whole path the match is part of, as far as quotes, blanks or brackets. */
    private static String path(String line, int start, int end) {
        while (start > 0 && !delimits(line.charAt(start - 1))) {
            start--;
        }
        while (end < line.length() && !delimits(line.charAt(end))) {
            end++;
        }
        return line.substring(start, end);
    }

    private static boolean delimits(char c) {
        return Character.isWhitespace(c) || "\"'`<>(){}".indexOf(c) >= 0;
    }
}
