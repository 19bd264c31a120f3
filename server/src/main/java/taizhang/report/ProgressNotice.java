package taizhang.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import taizhang.shared.Dates;

/**
 * 整改进展情况的通报: the notice in the genre of the seed — an opening with the completion
 * figures, the sections (（一）…), the numbered problems and, under each, its measures as
 * 一是…二是…, each told by its official text and the progress accepted since. The public version
 * has the measures the office marked internal left out. A notice the office drafts and publishes
 * carries its {@link Closing} (存在问题, 下一步工作, 监督电话, 文号 and 落款).
 *
 * @param cycle the month or quarter whose closed cycles the notice was read from (季通报), or null
 *     for the ledger at the end of {@code asOf}
 * @param problems the problems counted as the opening states them
 * @param measures the measures counted as the opening states them
 * @param closing what the office added for publication, or null for a notice as generated
 * @param basis for a past day, how the ledger of that day was read and what could not be (shown
 *     beside the notice, never in it); null for today's ledger and a closed cycle's snapshot
 */
public record ProgressNotice(
        String title,
        String issuer,
        LocalDate asOf,
        boolean publicVersion,
        String opening,
        List<NoticeSection> sections,
        String cycle,
        Tally problems,
        Tally measures,
        Closing closing,
        String basis) {

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
     * stands in for the official text: it follows it, marked with its period. Only the office's own
     * rewrite, made in the preview of a notice it drafts, replaces the paragraph.
     *
     * @param status the measure's status as the notice counted it
     * @param official the measure's official text without its own lead; empty when it has none
     * @param progress the latest accepted report's text when it says more than the official text, else empty
     * @param period the Chinese name of the period that report is for ({@code 2021年9月}), or null
     * @param figures figures of that report its text does not already state, with their targets
     * @param rewritten the office's paragraph in place of the generated one, or null
     */
    public record NoticeMeasure(
            long measureId,
            int ordinal,
            String title,
            String status,
            String official,
            String progress,
            String period,
            List<String> figures,
            String rewritten) {

        public NoticeMeasure {
            figures = List.copyOf(figures);
        }

        public String lead() {
            return ChineseOrdinal.of(ordinal) + "是" + title + "。";
        }

        /** The text after the lead: the office's rewrite, or the official text, the period's progress and its figures. */
        public String body() {
            return rewritten != null ? rewritten : generated();
        }

        /** The paragraph as generated from the ledger, whatever the office wrote instead. */
        public String generated() {
            return NoticeText.told(official, progress, period, figures);
        }

        public NoticeMeasure rewrite(String text) {
            return new NoticeMeasure(measureId, ordinal, title, status, official, progress, period, figures, text);
        }

        NoticeMeasure converted(UnaryOperator<String> script) {
            return new NoticeMeasure(
                    measureId,
                    ordinal,
                    script.apply(title),
                    status,
                    script.apply(official),
                    script.apply(progress),
                    script.apply(period),
                    figures.stream().map(script).toList(),
                    script.apply(rewritten));
        }
    }

    /**
     * What a notice for publication adds after the problems: the office's 存在问题 and 下一步工作,
     * the 监督电话 or 联系方式, the 文号, the 落款 lines and the 印发日期 (null while a draft).
     */
    public record Closing(
            String number,
            LocalDate issuedOn,
            List<String> signature,
            String issues,
            String nextSteps,
            String contact) {

        public Closing {
            signature = List.copyOf(signature);
        }

        Closing converted(UnaryOperator<String> script) {
            return new Closing(
                    script.apply(number),
                    issuedOn,
                    signature.stream().map(script).toList(),
                    script.apply(issues),
                    script.apply(nextSteps),
                    script.apply(contact));
        }
    }

    /** The date as a notice writes it: 2021年9月30日. */
    public String asOfText() {
        return Dates.written(asOf);
    }

    /** The lines of the 落款: the closing's, else the issuer. */
    public List<String> signatureLines() {
        return closing == null || closing.signature().isEmpty() ? List.of(issuer) : closing.signature();
    }

    /** The date under the 落款: the 印发日期 once published, else the date the figures stand at. */
    public String signatureDate() {
        return closing == null || closing.issuedOn() == null ? asOfText() : Dates.written(closing.issuedOn());
    }

    public ProgressNotice withClosing(Closing added) {
        return new ProgressNotice(
                title, issuer, asOf, publicVersion, opening, sections, cycle, problems, measures, added, basis);
    }

    public ProgressNotice withBasis(String told) {
        return new ProgressNotice(
                title, issuer, asOf, publicVersion, opening, sections, cycle, problems, measures, closing, told);
    }

    /** Each measure's paragraph as the office rewrote it, by measure id; the others as generated. */
    public ProgressNotice rewritten(Map<Long, String> rewrites) {
        return mapMeasures(m -> m.rewrite(rewrites.get(m.measureId())), UnaryOperator.identity());
    }

    /**
     * The whole document in one script: every text, the interface words the writers add are
     * converted where they are written ({@link NoticeDocx}).
     */
    public ProgressNotice converted(UnaryOperator<String> converter) {
        UnaryOperator<String> script = t -> t == null ? null : converter.apply(t);
        ProgressNotice texts = mapMeasures(m -> m.converted(script), script);
        return new ProgressNotice(
                script.apply(title),
                script.apply(issuer),
                asOf,
                publicVersion,
                script.apply(opening),
                texts.sections(),
                cycle,
                problems,
                measures,
                closing == null ? null : closing.converted(script),
                script.apply(basis));
    }

    private ProgressNotice mapMeasures(UnaryOperator<NoticeMeasure> measure, UnaryOperator<String> script) {
        List<NoticeSection> mapped = sections.stream()
                .map(s -> new NoticeSection(
                        script.apply(s.label()),
                        script.apply(s.title()),
                        s.problems().stream()
                                .map(p -> new NoticeProblem(
                                        p.number(),
                                        script.apply(p.title()),
                                        p.measures().stream().map(measure).toList()))
                                .toList()))
                .toList();
        return new ProgressNotice(
                title, issuer, asOf, publicVersion, opening, mapped, cycle, problems, measures, closing, basis);
    }
}
