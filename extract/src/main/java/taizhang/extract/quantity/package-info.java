/**
 * Quantities (数量): every measured amount in a report, read by a hand-written grammar over
 * the normalised view ({@link taizhang.extract.text.Normalizer}) so that Traditional and
 * Simplified, full-width and ASCII read alike, with offsets into the original text. The
 * rules are those of gold FORMAT.md and DECISIONS-000.md, stated generally; the unit
 * lexicon lives in {@code units.txt} and {@code non-units.txt} next to these classes.
 */
package taizhang.extract.quantity;
