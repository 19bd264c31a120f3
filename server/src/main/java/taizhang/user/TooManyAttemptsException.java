package taizhang.user;

import java.time.Duration;

/** Too many attempts at a password from this user or address: the caller waits for the window to pass. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration window;

    public TooManyAttemptsException(Duration window) {
        super("尝试次数过多，请 " + window.toMinutes() + " 分钟后再试");
        this.window = window;
    }

    public Duration window() {
        return window;
    }
}
