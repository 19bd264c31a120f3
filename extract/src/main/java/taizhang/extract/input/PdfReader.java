package taizhang.extract.input;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;

/**
 * Reads the text layer of a PDF in reading order (sorted by position, since many generators
 * write text out of order). A PDF without one is a scan and must be recognised (OCR) first.
 */
final class PdfReader {

    DecodedText read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document).stripTrailing();
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
}
