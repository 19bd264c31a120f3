package taizhang.ingest;

import java.nio.charset.StandardCharsets;

/**
 * A generated progress report of the seed's shape, as large as asked: numbered problems, each with
 * measures 一是…二十是, each measure stating its figures. For tests of drafts too large to review.
 */
final class LargeReport {

    private static final String[] ORDINALS = {
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"
    };

    private LargeReport() {}

    /**
     * The report's UTF-8 bytes: {@code problems} problems of {@code measures} (at most 20) measures,
     * each measure stating {@code figures} figures.
     */
    static byte[] of(int problems, int measures, int figures) {
        StringBuilder text = new StringBuilder("关于巡视整改进展情况的通报\n");
        for (int p = 1; p <= problems; p++) {
            text.append(p).append(".加强第").append(p).append("方面工作。");
            for (int m = 0; m < measures; m++) {
                text.append(ORDINALS[m])
                        .append("是推进第")
                        .append(p)
                        .append('-')
                        .append(m + 1)
                        .append("项措施，");
                for (int f = 0; f < figures; f++) {
                    text.append("新建项目").append(p * 100 + m * 10 + f + 1).append("个，");
                }
                text.append("正在加快推进。");
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
