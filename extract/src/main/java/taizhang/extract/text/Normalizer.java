package taizhang.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The matching view of a text: Traditional characters folded to Simplified, full-width
 * digits, letters and punctuation to ASCII, dashes and quotes unified.
 *
 * <p>The view has exactly the length of the original, one char for one char, so an offset
 * found in the view is an offset into the original. That is why only one-to-one character
 * mappings are used here; phrase-level conversion (乾隆 stays 乾隆) is for display, not for
 * matching. A table lookup per char keeps this at hundreds of MB/s.
 */
public final class Normalizer {

    private static final String T2S_RESOURCE = "data/dictionary/tc/t2s.txt";
    private static final char[] TABLE = buildTable();

    private Normalizer() {}

    public static String normalize(String original) {
        char[] chars = original.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TABLE[chars[i]];
        }
        return new String(chars);
    }

    /** The normalised form of one char, as {@link #normalize} would give it. */
    public static char normalize(char c) {
        return TABLE[c];
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
        }
        loadTraditionalToSimplified(table);
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        table['\u3000'] = ' ';
        table['\u00A0'] = ' ';
        for (char dash : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D".toCharArray()) {
            table[dash] = '-';
        }
        for (char quote : "\u201C\u201D\u201E\u300C\u300D\u300E\u300F\uFF02".toCharArray()) {
            table[quote] = '"';
        }
        for (char quote : "\u2018\u2019\u201A\uFF07".toCharArray()) {
            table[quote] = '\'';
        }
        table['\uFF5E'] = '~';
        table['\u301C'] = '~';
        table['\u3001'] = '\u3001';
        return table;
    }

    private static void loadTraditionalToSimplified(char[] table) {
        InputStream in = Normalizer.class.getClassLoader().getResourceAsStream(T2S_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("HanLP's " + T2S_RESOURCE + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf('=');
                // Only single BMP chars on both sides keep the view's length equal to the original's.
                if (eq == 1 && line.length() == 3) {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
