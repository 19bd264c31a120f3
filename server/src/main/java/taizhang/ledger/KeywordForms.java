package taizhang.ledger;

import com.hankcs.hanlp.HanLP;
import java.util.List;

/**
 * The forms a typed keyword takes in the stored text. Ledgers are stored as imported, in
 * either script (the seed is Traditional), and readers type in either: the keyword is brought
 * to Simplified, and that form and its Traditional conversion are both searched.
 */
public final class KeywordForms {

    private KeywordForms() {}

    public static List<String> of(String keyword) {
        String simplified = HanLP.convertToSimplifiedChinese(keyword.strip());
        String traditional = HanLP.convertToTraditionalChinese(simplified);
        return simplified.equals(traditional) ? List.of(simplified) : List.of(simplified, traditional);
    }
}
