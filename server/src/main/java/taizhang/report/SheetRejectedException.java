package taizhang.report;

/** A file the sheet import cannot read at all: not a sheet, locked, too big, or malformed. Nothing is written. */
public class SheetRejectedException extends RuntimeException {

    public SheetRejectedException(String message) {
        super(message);
    }
}
