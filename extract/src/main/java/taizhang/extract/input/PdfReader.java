package taizhang.extract.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Reads the text layer of a PDF in reading order (sorted by position, since many generators
 * write text out of order), its tables as rows of cells ({@link PdfTables}). A PDF without one is
 * a scan and must be recognised (OCR) first.
 */
final class PdfReader {

    /**
     * A page's number as printed at its foot or head: {@code — 3 —}, {@code - 3 -}, {@code 3},
     * {@code 3/10}, {@code 第3页 共10页}. It is no text of the report, and between the pages it would
     * cut a paragraph (or a ledger's row) running on from one page to the next.
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-–—－‐·•]*(第\\s*)?[0-9０-９]{1,4}(\\s*页)?(\\s*[/／]\\s*[0-9０-９]{1,4}|\\s*共\\s*[0-9０-９]{1,4}\\s*页)?[\\s\\-–—－‐·•]*");

    private static final String PAGE_END = "\n\f";

    DecodedText read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PlacedText stripper = new PlacedText();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PAGE_END);
            String text = withoutPageNumbers(stripper.getText(document));
            String withTables = PdfTables.rebuild(withoutPageNumbers(stripper.lines()));
            text = (withTables == null ? text : withTables).stripTrailing();
            if (text.isBlank()) {
                throw new ExtractionException(
                        Kind.NO_TEXT_LAYER,
                        "这个 PDF 没有文字层，是扫描件或图片，请先做文字识别（OCR）后再导入。" + " (no text layer in " + document.getNumberOfPages()
                                + " pages)");
            }
            if (TextQuality.isUnreadable(text)) {
                throw new ExtractionException(
                        Kind.UNREADABLE_ENCODING,
                        "这个 PDF 的文字层无法识别（字体缺少字符编码映射），"
                                + "请先做文字识别（OCR）后再导入。 (PDF text layer decodes to invalid characters)");
            }
            return new DecodedText(text, Format.PDF.label(), null);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(
                    Kind.ENCRYPTED, "这个 PDF 已加密，需要密码才能打开，请提供未加密的文件。" + " (PDF is encrypted with a user password)", e);
        }
    }

    /** The text with each page's first and last line left out where it is the page's number. */
    static String withoutPageNumbers(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (String page : text.split("\f", -1)) {
            String[] lines = page.split("\n", -1);
            int first = nonBlank(lines, 0, 1);
            int last = nonBlank(lines, lines.length - 1, -1);
            for (int i = 0; i < lines.length; i++) {
                if ((i == first || i == last) && PAGE_NUMBER.matcher(lines[i]).matches()) {
                    continue;
                }
                kept.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return kept.toString();
    }

    private static int nonBlank(String[] lines, int from, int step) {
        for (int i = from; i >= 0 && i < lines.length; i += step) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The lines less each page's first and last where it is the page's number. */
    private static List<PdfTables.Line> withoutPageNumbers(List<PdfTables.Line> lines) {
        List<PdfTables.Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PdfTables.Line line = lines.get(i);
            boolean edge = i == 0
                    || lines.get(i - 1).page() != line.page()
                    || i == lines.size() - 1
                    || lines.get(i + 1).page() != line.page();
            if (!(edge && PAGE_NUMBER.matcher(text(line)).matches())) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String text(PdfTables.Line line) {
        StringBuilder text = new StringBuilder();
        for (PdfTables.Word word : line.words()) {
            text.append(word.text());
        }
        return text.toString();
    }

    /** The text layer, and beside it every line's words with their places, for {@link PdfTables}. */
    private static final class PlacedText extends PDFTextStripper {

        private final List<PdfTables.Line> lines = new ArrayList<>();
        private List<PdfTables.Word> line = new ArrayList<>();

        List<PdfTables.Line> lines() {
            endLine();
            return lines;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                line.add(new PdfTables.Word(
                        text,
                        first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(),
                        first.getFontSizeInPt()));
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine();
            super.writeLineSeparator();
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine();
            super.writePageEnd();
        }

        private void endLine() {
            if (!line.isEmpty()) {
                lines.add(new PdfTables.Line(getCurrentPageNo(), line));
                line = new ArrayList<>();
            }
        }
    }
}
