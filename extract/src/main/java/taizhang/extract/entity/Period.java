package taizhang.extract.entity;

import java.time.LocalDate;

/** A period found while scanning: its first and last day and where its text ends. */
record Period(LocalDate from, LocalDate to, int end) {

    static Period wholeYears(int first, int last, int end) {
        return new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), end);
    }

    static Period day(LocalDate day, int end) {
        return new Period(day, day, end);
    }
}
