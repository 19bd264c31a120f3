package taizhang.shared;

/** A long job refused because the server or this user already runs as many as allowed: 503, try again later. */
public class ServerBusyException extends RuntimeException {

    public ServerBusyException(String message) {
        super(message);
    }
}
