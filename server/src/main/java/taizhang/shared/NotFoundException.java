package taizhang.shared;

/** Raised when an object does not exist or lies outside the caller's subtree: both read as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, long id) {
        return new NotFoundException("找不到" + what + " " + id + "（不存在或不在您的权限范围内）");
    }
}
