/**
 * Evaluation (评测): reads the hand annotations of a report (gold FORMAT.md) and scores what
 * the extractor found against them. One matching rule is used for every caller, so a
 * figure printed by a test, by {@code ./taizhang evaluate} or in a report means the same.
 */
package taizhang.extract.eval;
