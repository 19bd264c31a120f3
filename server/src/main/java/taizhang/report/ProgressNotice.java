package taizhang.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 整改进展情况的通报: the notice in the genre of the seed — an opening with the completion
 * figures, the sections (（一）…), the numbered problems and, under each, its measures as
 * 一是…二是…, each told by its official text and the progress accepted since. The public version has the measures
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
     * A measure as the notice tells it: {@code 一是} + title, its official text (as imported or as the
     * office wrote it), then what the period's accepted report adds. What a unit reports never
     * stands in for the official text: it follows it, marked with its period.
     *
     * @param official the measure's official text without its own lead; empty when it has none
     * @param progress the latest accepted report's text when it says more than the official text, else empty
     * @param period the Chinese name of the period that report is for ({@code 2021年9月}), or null
     * @param figures figures of that report its text does not already state, with their targets
     */
    public record NoticeMeasure(
            long measureId,
            int ordinal,
            String title,
            String official,
            String progress,
            String period,
            List<String> figures) {

        public NoticeMeasure {
            figures = List.copyOf(figures);
        }

        public String lead() {
            return ChineseOrdinal.of(ordinal) + "是" + title + "。";
        }

        /** The text after the lead: the official text, the period's progress, its figures in brackets. */
        public String body() {
            return NoticeText.told(official, progress, period, figures);
        }
    }

    /** The date as a notice writes it: 2021年9月30日. */
    public String asOfText() {
        return NoticeText.date(asOf);
    }
}
