package taizhang.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 整改进展情况的通报: the notice in the genre of the seed — an opening with the completion
 * figures, the sections (（一）…), the numbered problems and, under each, its measures as
 * 一是…二是…, each told by its latest accepted progress. The public version has the measures
 * the office marked internal left out.
 *
 * @param cycle the month or quarter whose closed cycles the notice was read from (季通报), or null
 *     for the ledger at the end of {@code asOf}
 */
public record ProgressNotice(
        String title,
        String issuer,
        LocalDate asOf,
        boolean publicVersion,
        String opening,
        List<NoticeSection> sections,
        String cycle) {

    public ProgressNotice {
        sections = List.copyOf(sections);
    }

    /** A group of problems; {@code label} is null for problems that belong to no section. */
    public record NoticeSection(String label, String title, List<NoticeProblem> problems) {

        public NoticeSection {
            problems = List.copyOf(problems);
        }

        public String heading() {
            return label == null ? null : label + title;
        }
    }

    public record NoticeProblem(int number, String title, List<NoticeMeasure> measures) {

        public NoticeProblem {
            measures = List.copyOf(measures);
        }

        public String heading() {
            return number + "." + title + "。";
        }
    }

    /**
     * A measure as the notice tells it: {@code 一是} + title, then what was reported.
     *
     * @param figures figures of the accepted report that its text does not already state
     */
    public record NoticeMeasure(int ordinal, String title, String text, List<String> figures) {

        public NoticeMeasure {
            figures = List.copyOf(figures);
        }

        public String lead() {
            return ChineseOrdinal.of(ordinal) + "是" + title + "。";
        }

        /** The text after the lead, with the figures appended in brackets. */
        public String body() {
            String extra = figures.isEmpty() ? "" : "（数据：" + String.join("；", figures) + "）";
            return text + extra;
        }
    }

    /** The date as a notice writes it: 2021年9月30日. */
    public String asOfText() {
        return NoticeText.date(asOf);
    }
}
