package taizhang.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import taizhang.shared.CurrentUser;

/** Exported ledgers for tests, and the edits an office makes to them in Excel, made with POI. */
@Component
public class SheetFiles {

    private static final DataFormatter FORMAT = new DataFormatter();

    private final LedgerExport export;

    SheetFiles(LedgerExport export) {
        this.export = export;
    }

    public byte[] export(CurrentUser user, long campaignId) {
        return export(user, campaignId, java.util.function.UnaryOperator.identity());
    }

    /** The ledger as exported in a script ({@code ChineseScript::traditional}, {@code ChineseScript::simplified}). */
    public byte[] export(CurrentUser user, long campaignId, java.util.function.UnaryOperator<String> script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(user, campaignId, out, script);
        return out.toByteArray();
    }

    SheetImportResult importSheet(SheetImport sheets, CurrentUser user, long campaignId, byte[] xlsx)
            throws IOException {
        Path file = Files.createTempFile("sheet-round-trip", ".xlsx");
        try {
            Files.write(file, xlsx);
            return sheets.importSheet(user, campaignId, file);
        } finally {
            Files.delete(file);
        }
    }

    /** The workbook after {@code change} has edited its first sheet. */
    static byte[] edit(byte[] xlsx, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook with a text replaced in its XML parts, as a tool other than Excel may write it:
     * a cell longer than POI or Excel would let anyone type.
     */
    static byte[] replaced(byte[] xlsx, String text, String replacement) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().endsWith(".xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replace(text, replacement)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows below the header. */
    static List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = LedgerSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null) {
                rows.add(sheet.getRow(r));
            }
        }
        return rows;
    }

    static String text(Row row, LedgerColumn column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    /**
     * Types a text into a cell, as Excel stores it. The cell is made anew: POI sets the value of
     * an inline-string cell (which the export writes) beside its old text instead of over it.
     */
    static void set(Row row, LedgerColumn column, String value) {
        Cell old = row.getCell(column.ordinal());
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column.ordinal());
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
    }

    static long measureId(Row row) {
        return SheetKey.parse(text(row, LedgerColumn.KEY)).orElseThrow().measureId();
    }

    static List<String> keys(byte[] xlsx) {
        List<String> keys = new ArrayList<>();
        edit(xlsx, sheet -> dataRows(sheet).forEach(row -> keys.add(text(row, LedgerColumn.KEY))));
        return keys;
    }

    /**
     * The ledger's rows in reverse order, as after sorting them in Excel: problem cells unmerged
     * first (Excel sorts no range with merged cells of different sizes), values and dates kept.
     */
    static byte[] reversed(byte[] xlsx) {
        try (XSSFWorkbook source = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                XSSFWorkbook target = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet from = source.getSheetAt(0);
            Sheet to = target.createSheet(from.getSheetName());
            CellStyle date = target.createCellStyle();
            date.setDataFormat(target.createDataFormat().getFormat("yyyy-mm-dd"));
            List<Row> rows = new ArrayList<>(List.of(from.getRow(0), from.getRow(LedgerSheet.HEADER_ROW)));
            List<Row> data = dataRows(from);
            java.util.Collections.reverse(data);
            rows.addAll(data);
            for (int r = 0; r < rows.size(); r++) {
                Row copy = to.createRow(r);
                for (Cell cell : rows.get(r)) {
                    Cell c = copy.createCell(cell.getColumnIndex());
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        c.setCellValue(cell.getLocalDateTimeCellValue().toLocalDate());
                        c.setCellStyle(date);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        c.setCellValue(cell.getNumericCellValue());
                    } else {
                        c.setCellValue(FORMAT.formatCellValue(cell));
                    }
                }
            }
            target.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
