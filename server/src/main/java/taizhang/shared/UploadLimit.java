package taizhang.shared;

/**
 * The size limit of an uploaded document or workbook, as set in application.yml
 * ({@code spring.servlet.multipart.max-file-size}): for the message that refuses a larger
 * file and for the forms, whose script refuses it before it is sent.
 */
public final class UploadLimit {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final String TOO_LARGE = "文件超过 50 MB 的上限，请压缩或拆分后再上传";

    private UploadLimit() {}
}
