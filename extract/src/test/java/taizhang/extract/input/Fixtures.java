package taizhang.extract.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import taizhang.extract.DevelopmentSet;

/** Test documents built from the seed report, in every form the reader accepts. */
final class Fixtures {

    private Fixtures() {}

    /** The seed report of the development set. */
    static String seed() {
        return DevelopmentSet.seedText();
    }

    static List<String> seedLines() {
        return seed().lines().toList();
    }

    /** The seed without its last line, the site footer {@code Copyright ◎ … ICP備…}. */
    static String seedBody() {
        List<String> lines = seedLines();
        return String.join("\n", lines.subList(0, lines.size() - 1));
    }

    /** The characters of the text the charset can encode, in order: the text this charset can carry. */
    static String encodable(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (encoder.canEncode(s)) {
                kept.append(s);
            }
        });
        return kept.toString();
    }

    static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    /** The seed as a page with navigation, a script, a sidebar of links and the footer in a footer block. */
    static String page(String metaCharset) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        if (metaCharset != null) {
            html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                    .append(metaCharset)
                    .append("\">");
        }
        html.append("<title>巡视整改进展情况的通报</title><style>p{margin:0}</style>")
                .append("<script>var 统计 = '不是正文';</script></head><body>\n")
                .append(
                        "<div class=\"top-nav\"><a href=\"/\">首页</a> | <a href=\"/news\">新闻中心</a> | <a>通知公告</a></div>\n")
                .append("<nav><ul><li>政务公开</li><li>办事服务</li><li>互动交流</li></ul></nav>\n")
                .append("<div class=\"wrap\"><div class=\"list-left\"><a>热点新闻一</a><br><a>热点新闻二</a></div>\n")
                .append("<div class=\"article\">\n");
        List<String> lines = seedLines();
        for (String line : lines.subList(0, lines.size() - 1)) {
            html.append("<p>　　").append(line).append("</p>\n");
        }
        html.append("</div></div>\n<div class=\"bottom\">")
                .append(lines.get(lines.size() - 1))
                .append("</div>\n")
                .append("<script>document.write('统计代码');</script></body></html>\n");
        return html.toString();
    }

    static byte[] docx(List<String> paragraphs, String[][] table) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            if (table != null) {
                XWPFTable t = document.createTable(table.length, table[0].length);
                for (int r = 0; r < table.length; r++) {
                    for (int c = 0; c < table[r].length; c++) {
                        t.getRow(r).getCell(c).setText(table[r][c]);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX numbered as reports are, by Word itself: sections {@code （一）} at level 0, problems
     * {@code 1.} at level 1; the numbers are in the numbering part, not in the paragraphs' text.
     */
    static byte[] numberedDocx(List<String> paragraphs, List<Integer> levels) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ZERO);
            level(list, 0, STNumberFormat.CHINESE_COUNTING, "（%1）");
            level(list, 1, STNumberFormat.DECIMAL, "%2.");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setNumID(numId);
                paragraph.setNumILvl(BigInteger.valueOf(levels.get(i)));
                paragraph.createRun().setText(paragraphs.get(i));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void level(CTAbstractNum list, int level, STNumberFormat.Enum format, String pattern) {
        CTLvl lvl = list.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(pattern);
    }

    /** A ZIP with the parts of a DOCX whose document.xml inflates to {@code inflatedBytes} of blanks. */
    static byte[] zipBombDocx(long inflatedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                                    + "wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < inflatedBytes; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A DOCX as Word saves it with a password: encrypted inside an OLE2 container. */
    static byte[] encryptedDocx(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF with lines of Latin text; the machine has no CJK font to embed. */
    static byte[] pdf(List<String> lines, String userPassword) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF page with only a drawn rectangle, like a scan has only an image: no text layer. */
    static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 300, 400);
                content.fill();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
