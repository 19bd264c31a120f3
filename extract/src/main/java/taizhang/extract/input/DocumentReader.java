package taizhang.extract.input;

import taizhang.extract.ExtractionException;

/** Turns bytes into report text. Stub: only UTF-8 text is read so far. */
public final class DocumentReader {

    /**
     * @param fileName optional, used with the bytes themselves to tell the format
     * @param mediaType optional
     * @throws ExtractionException whatever is wrong with the input, with a message for a person
     */
    public DecodedText read(byte[] bytes, String fileName, String mediaType) {
        if (bytes.length == 0) {
            throw new ExtractionException(ExtractionException.Kind.EMPTY, "文件为空");
        }
        return new DecodedText(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "text", "UTF-8");
    }
}
