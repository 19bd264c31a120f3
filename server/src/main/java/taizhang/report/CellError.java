package taizhang.report;

/** One bad cell of an uploaded sheet: where it is, what it holds and what is wrong with it. */
public record CellError(int row, String cell, String column, String value, String message) {}
