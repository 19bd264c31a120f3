package taizhang.ledger;

/** A measure as the ledger list shows it: with its problem's number and its lead unit's name. */
public record MeasureView(Measure measure, int problemNumber, String leadName) {}
