package taizhang.extract.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

    DecodedText read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PlacedText stripper = new PlacedText();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document);
            String withTables = PdfTables.rebuild(stripper.lines());
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
