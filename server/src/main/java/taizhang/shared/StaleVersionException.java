package taizhang.shared;

/** Someone else changed the object since the caller read it: the newer write stands. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long id) {
        super(what + " " + id + " 已被他人修改，请刷新后重试");
    }
}
