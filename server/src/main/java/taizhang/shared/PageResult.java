package taizhang.shared;

import java.util.List;

/**
 * One page of a list. The total is not counted by default: at a million rows a count costs
 * more than the page itself, and {@code hasNext} is what paging needs.
 */
public record PageResult<T>(List<T> items, int page, int size, boolean hasNext, Long total) {

    /**
     * The first row of a page, for SQL's {@code offset}. A page whose rows would start past
     * what an int counts is past the end of any ledger, and refused rather than overflowing.
     */
    /** The offset of page {@code number} counted from 1, as a reader and the ledger's address count. */
    public static int offsetOfPage(int number, int size) {
        if ((long) (number - 1) * size > Integer.MAX_VALUE - size - 1) {
            throw new InvalidRequestException("page", "页码过大：第 " + number + " 页远超台账的末尾");
        }
        return (number - 1) * size;
    }

    public static int offset(int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE - size - 1) {
            throw new InvalidRequestException("page", "页码过大：第 " + page + " 页远超台账的末尾");
        }
        return page * size;
    }
}
