package taizhang.shared;

import com.hankcs.hanlp.HanLP;

/**
 * Conversion between Simplified and Traditional Chinese, phrase by phrase, for every feature that
 * converts. HanLP's Traditional table writes some characters in variant forms that documents of
 * public bodies do not use: 覈 for 核 (審覈, 考覈) and 峯 for 峰, which renamed 赤峰市 to 赤峯市. The
 * standard forms are put back, so a page, a search and a stored text agree.
 */
public final class ChineseScript {

    private ChineseScript() {}

    public static String traditional(String text) {
        return HanLP.convertToTraditionalChinese(text).replace('覈', '核').replace('峯', '峰');
    }

    public static String simplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }
}
