package taizhang.extract.input;

/**
 * Text decoded from bytes, with the charset used.
 *
 * @param text the text, without a byte order mark
 * @param charset the name reported to the user: UTF-8, UTF-16LE, UTF-16BE, GBK, GB18030 or Big5
 */
record Decoded(String text, String charset) {}
