package taizhang.ledger;

import java.util.List;
import taizhang.shared.ChineseScript;

/**
 * The forms a typed keyword takes in the stored text. Ledgers are stored as imported, in
 * either script (the seed is Traditional), and readers type in either: the keyword is brought
 * to Simplified, and that form and its Traditional conversion are both searched.
 */
public final class KeywordForms {

    private KeywordForms() {}

    public static List<String> of(String keyword) {
        String simplified = ChineseScript.simplified(keyword.strip());
        String traditional = ChineseScript.traditional(simplified);
        return simplified.equals(traditional) ? List.of(simplified) : List.of(simplified, traditional);
    }
}
