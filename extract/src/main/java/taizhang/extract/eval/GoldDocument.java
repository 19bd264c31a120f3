package taizhang.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import taizhang.extract.quantity.Quantity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand annotation of one report, as stored in {@code gold/NAME.gold.json} (FORMAT.md).
 * Offsets point into the report's text as decoded from UTF-8.
 */
public record GoldDocument(
        String doc,
        String script,
        Structure structure,
        List<GoldQuantity> quantities,
        List<Defect> defects,
        String layout,
        List<GoldStatus> statuses) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public GoldDocument {
        structure = structure == null ? Structure.EMPTY : structure;
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        defects = defects == null ? List.of() : List.copyOf(defects);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** Reads a gold file; a file that is missing or not gold JSON is an {@link UncheckedIOException}. */
    public static GoldDocument read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), GoldDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        } catch (JacksonException e) {
            throw new UncheckedIOException("not a gold file: " + file, new IOException(e.getOriginalMessage(), e));
        }
    }

    /** Sections, numbered problems and their {@code X是} measures; what the structure parser yields. */
    public record Structure(List<Section> sections, List<Problem> problems) {

        public static final Structure EMPTY = new Structure(List.of(), List.of());

        public Structure {
            sections = sections == null ? List.of() : List.copyOf(sections);
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    /** A section header such as {@code (一)}: label as written, title the rest of its line. */
    public record Section(String label, String title, int start) {}

    /** A numbered problem ({@code 1.全面加强…}) with its measures. */
    public record Problem(int number, String title, int start, List<Measure> measures) {

        public Problem {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /** A measure opened by {@code 一是}, {@code 二是}…: ordinal 1, 2… */
    public record Measure(int ordinal, String title, int start) {}

    /**
     * A gold quantity. {@code qualifier} is {@code "more"}, {@code "about"}, {@code "less"}
     * or null, as in the file; {@link #qualifierValue()} gives it as the extractor's enum.
     */
    public record GoldQuantity(int start, int end, String text, BigDecimal value, String unit, String qualifier) {

        public GoldQuantity {
            unit = unit == null ? "" : unit;
        }

        public Quantity.Qualifier qualifierValue() {
            return qualifier == null ? null : Quantity.Qualifier.valueOf(qualifier.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The status a measure's text states by a phrase ({@code done}, {@code in-progress}…). Only
     * measures that state one are listed; a suggestion for any other measure is wrong.
     */
    public record GoldStatus(int measureStart, String status) {}

    /** A place where the text is broken as data: {@code missing-number}, {@code typo}, {@code mixed-script}. */
    public record Defect(int start, int end, String text, String kind) {}
}
