package taizhang.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One read of an uploaded sheet: the header found in its first rows, each row after it checked,
 * and the good lines resolved against the ledger {@value SheetImport#CHUNK} at a time and handed
 * on. Bad cells go to the errors; the lines they are on are not handed on.
 */
final class SheetPass {

    private final SheetTarget target;
    private final Function<SheetLayout, KeyedLines> keyedLines;
    private final SheetErrors errors;
    private SheetValidation validation;
    private int lines;

    SheetPass(SheetTarget target, Function<SheetLayout, KeyedLines> keyedLines, SheetErrors errors) {
        this.target = target;
        this.keyedLines = keyedLines;
        this.errors = errors;
    }

    void read(Path file, Consumer<List<KeyedLines.Resolved>> sink) {
        var state = new Object() {
            KeyedLines keyed;
            final List<ImportLine> chunk = new ArrayList<>(SheetImport.CHUNK);

            void flush() {
                if (!chunk.isEmpty()) {
                    sink.accept(keyed.resolve(chunk));
                    chunk.clear();
                }
            }
        };
        SheetReader.read(file, row -> {
            if (validation == null) {
                if (row.number() > SheetLayout.HEADER_SEARCH_ROWS) {
                    throw new SheetRejectedException(
                            "前 " + SheetLayout.HEADER_SEARCH_ROWS + " 行中没有找到表头：表头须包含“问题”和“整改措施”两列");
                }
                SheetLayout.of(row).ifPresent(layout -> {
                    validation = new SheetValidation(layout, target, errors);
                    state.keyed = keyedLines.apply(layout);
                });
                return;
            }
            Optional<ImportLine> line = validation.check(row);
            if (line.isPresent()) {
                lines++;
                state.chunk.add(line.get());
                if (state.chunk.size() == SheetImport.CHUNK) {
                    state.flush();
                }
            }
        });
        if (validation == null) {
            throw new SheetRejectedException("没有找到表头：表头须包含“问题”和“整改措施”两列");
        }
        state.flush();
    }

    /** The good lines read. */
    int lines() {
        return lines;
    }

    /** The measures the sheet's rows keyed. */
    Set<Long> keyed() {
        return validation == null ? Set.of() : validation.keyed();
    }
}
