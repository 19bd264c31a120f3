package taizhang.shared;

/**
 * Someone else changed the object since the caller read it: the newer write stands. The message
 * names the object as the person acting sees it (the one on their page); the API adds its id.
 */
public class StaleVersionException extends RuntimeException {

    private final long id;

    public StaleVersionException(String what, long id) {
        super(what + "已被他人修改，请刷新后重试");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
