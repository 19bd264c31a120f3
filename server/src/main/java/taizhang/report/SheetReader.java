package taizhang.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx row by row with a SAX parser over the sheet's XML, never
 * building the workbook: memory holds one row (and the shared strings), so a sheet of a million
 * rows is refused at the limit instead of exhausting the heap. POI's zip guard refuses zip bombs
 * (an entry that inflates more than a hundredfold) as the entry is read.
 */
final class SheetReader {

    static final int MAX_ROWS = 200_000;
    /** Shared strings are held in memory, so their part's size is capped before it is read. */
    static final long MAX_SHARED_STRINGS_BYTES = 100L * 1024 * 1024;

    /** A cell's content: text as shown, a date when the cell is one, and whether a formula computes it. */
    record Cell(String ref, String text, LocalDate date, boolean formula) {}

    /** One row of the sheet, 1-based as Excel numbers it, cells by 0-based column. */
    record Row(int number, Map<Integer, Cell> cells) {

        String text(int column) {
            Cell cell = cells.get(column);
            return cell == null || cell.text() == null ? "" : cell.text().strip();
        }
    }

    private SheetReader() {}

    static void read(Path file, Consumer<Row> rows) {
        checkFormat(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            pkg.getPartsByName(Pattern.compile(Pattern.quote(XSSFRelation.SHARED_STRINGS.getDefaultFileName())))
                    .forEach(part -> {
                        if (part.getSize() > MAX_SHARED_STRINGS_BYTES) {
                            throw new SheetRejectedException("表格中的文字内容过多（超过 100 MB），无法导入");
                        }
                    });
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRejectedException("文件不是 Excel 工作簿（.xlsx），其中没有工作表");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new Handler(strings, styles, rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (SheetRejectedException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new SheetRejectedException("文件不是 Excel 工作簿（.xlsx）");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refusal(e);
        }
    }

    /** What the bytes are, before POI is let at them: an old .xls, a locked workbook, or something else. */
    private static void checkFormat(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                        throw new SheetRejectedException("工作簿设置了打开密码，请取消密码后再导入");
                    }
                }
                throw new SheetRejectedException("这是旧版 Excel 文件（.xls），请另存为 .xlsx 后再导入");
            }
            if (magic != FileMagic.OOXML) {
                throw new SheetRejectedException("文件不是 Excel 工作簿（.xlsx）");
            }
        } catch (IOException e) {
            throw new SheetRejectedException("文件无法读取，可能已损坏");
        }
    }

    private static SheetRejectedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetRejectedException rejected) {
                return rejected;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new SheetRejectedException("文件解压后体积异常（疑似压缩炸弹），已拒绝导入");
            }
        }
        return new SheetRejectedException("文件不是有效的 Excel 工作簿（.xlsx），或已损坏");
    }

    /** The SAX handler of one worksheet: {@code <row>}, {@code <c r t s>}, {@code <f>}, {@code <v>}, {@code <is><t>}. */
    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<Row> rows;
        private final StringBuilder value = new StringBuilder();
        private Map<Integer, Cell> cells = new TreeMap<>();
        private int rowNumber;
        private int rowCount;
        private String ref;
        private String type;
        private int style;
        private boolean formula;
        private boolean collecting;

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<Row> rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    if (++rowCount > MAX_ROWS + 10) {
                        throw new SheetRejectedException("表格超过 " + MAX_ROWS + " 行，请分批导入");
                    }
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                }
                case "c" -> {
                    ref = attributes.getValue("r");
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> collecting = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                if (value.length() + length > 40_000) {
                    throw new SheetRejectedException("单元格 " + ref + " 的内容超过 Excel 的上限");
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cell();
                case "row" -> rows.accept(new Row(rowNumber, cells));
                default -> {}
            }
        }

        private void cell() {
            String raw = value.toString();
            int column = column(ref);
            if (column < 0) {
                return;
            }
            if ("s".equals(type)) {
                cells.put(
                        column,
                        new Cell(
                                ref,
                                strings.getItemAt(Integer.parseInt(raw.strip())).getString(),
                                null,
                                formula));
            } else if (type == null || "n".equals(type)) {
                cells.put(column, number(raw));
            } else if ("b".equals(type)) {
                cells.put(column, new Cell(ref, "1".equals(raw) ? "TRUE" : "FALSE", null, formula));
            } else {
                cells.put(column, new Cell(ref, raw, null, formula));
            }
        }

        private Cell number(String raw) {
            if (raw.isBlank()) {
                return new Cell(ref, "", null, formula);
            }
            double number = Double.parseDouble(raw);
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(number)) {
                    LocalDate date = DateUtil.getLocalDateTime(number).toLocalDate();
                    return new Cell(ref, date.toString(), date, formula);
                }
            }
            java.math.BigDecimal decimal = new java.math.BigDecimal(raw).stripTrailingZeros();
            return new Cell(ref, (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString(), null, formula);
        }

        /** The 0-based column of a reference like {@code AB12}; -1 when there is none. */
        static int column(String reference) {
            if (reference == null) {
                return -1;
            }
            int column = 0;
            int i = 0;
            while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                i++;
            }
            return column - 1;
        }
    }
}
