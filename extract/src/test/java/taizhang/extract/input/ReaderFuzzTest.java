package taizhang.extract.input;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import taizhang.extract.ExtractionException;

/**
 * Coverage-guided fuzzing of the reader. Under a plain {@code mvn test} Jazzer runs in
 * regression mode: the seeds in {@code ReaderFuzzTestInputs/} (small text, page, DOCX, DOC and PDF
 * files) and any crash found earlier. {@code JAZZER_FUZZ=1} fuzzes for real. Either way the only
 * exception allowed out is {@link ExtractionException}; the deadline bounds every call.
 */
class ReaderFuzzTest {

    private static final DocumentReader READER =
            new DocumentReader(ReadLimits.defaults().withMaxInputBytes(1 << 20).withTimeout(Duration.ofSeconds(5)));

    @FuzzTest(maxDuration = "2m")
    void readsAnyBytesWithOnlyTypedErrors(byte[] bytes) {
        try {
            READER.read(bytes);
        } catch (ExtractionException expected) {
            BadInputTest.assertHumanMessage(expected.getMessage());
        }
    }
}
