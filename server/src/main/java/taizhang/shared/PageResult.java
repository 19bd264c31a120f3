package taizhang.shared;

import java.util.List;

/**
 * One page of a list. The total is not counted by default: at a million rows a count costs
 * more than the page itself, and {@code hasNext} is what paging needs.
 */
public record PageResult<T>(List<T> items, int page, int size, boolean hasNext, Long total) {
}
