package taizhang.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Limits password guessing without handing an attacker a way to lock anyone out. Attempts are
 * counted per user and address, per address, and per user from addresses it has never signed in
 * from; each attempt takes its slot before the password is checked, so parallel guesses get no
 * more than the limit. A user's usual address and its API tokens are never blocked by attempts
 * made elsewhere; a success gives its slots back.
 */
@Service
public class LoginThrottle {

    /** One sign-in attempt: whether it may go on, and the keys it counted against. */
    public record Attempt(String username, String address, boolean allowed, boolean lastAllowed, List<String> keys) {}

    private final LoginThrottleRepository counters;
    private final Clock clock;
    private final Duration window;
    private final int perUserAndAddress;
    private final int perAddress;
    private final int perUserFromNewAddresses;

    LoginThrottle(
            LoginThrottleRepository counters,
            Clock clock,
            @Value("${taizhang.login.window:PT15M}") Duration window,
            @Value("${taizhang.login.max-per-user-and-address:5}") int perUserAndAddress,
            @Value("${taizhang.login.max-per-address:30}") int perAddress,
            @Value("${taizhang.login.max-per-user-from-new-addresses:10}") int perUserFromNewAddresses) {
        this.counters = counters;
        this.clock = clock;
        this.window = window;
        this.perUserAndAddress = perUserAndAddress;
        this.perAddress = perAddress;
        this.perUserFromNewAddresses = perUserFromNewAddresses;
    }

    public Duration window() {
        return window;
    }

    /** Takes a slot for an attempt to sign in (or to confirm a password) as this user from this address. */
    public Attempt take(String username, String address) {
        String user = normalised(username);
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        List<String> keys = new ArrayList<>();
        keys.add("u:" + user + "|a:" + address);
        keys.add("a:" + address);
        if (!counters.isUsualAddress(user, address)) {
            keys.add("u:" + user + "|new");
        }
        int[] limits = {perUserAndAddress, perAddress, perUserFromNewAddresses};
        boolean last = false;
        for (int i = 0; i < keys.size(); i++) {
            int attempts = counters.take(keys.get(i), limits[i], now, cutoff);
            if (attempts == 0) {
                return new Attempt(user, address, false, false, keys.subList(0, i));
            }
            last |= attempts == limits[i];
        }
        return new Attempt(user, address, true, last, keys);
    }

    /** The attempt succeeded: its slots are given back, and its address becomes one of the user's usual ones. */
    public void succeeded(Attempt attempt) {
        counters.clear(attempt.keys().get(0));
        attempt.keys().stream().skip(1).forEach(counters::giveBack);
        counters.rememberAddress(attempt.username(), attempt.address(), clock.instant());
        counters.forgetBefore(clock.instant().minus(window.multipliedBy(2)));
    }

    /** Lifts every limit on a user's attempts (the administrator's 解锁). */
    public void clear(String username) {
        counters.clearPrefix("u:" + normalised(username) + "|");
    }

    // Case folded and cut to the column's size, so "Office" and "office" count together.
    private static String normalised(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
