package taizhang.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import taizhang.shared.InvalidRequestException;

/**
 * Which receiver addresses the server may POST to. A webhook URL is typed by an office, and the
 * server sends from inside the network: left unchecked, a URL could reach this host's own ports,
 * the database, the cloud's metadata service (169.254.169.254) or any intranet system. So by
 * default only public addresses are reached: not loopback, unspecified, link-local, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10), CGNAT (100.64/10), multicast or reserved
 * ones, nor those written inside IPv6 (IPv4-mapped, IPv4-compatible, NAT64). A deployment whose
 * gateway is on the intranet allows all of them, or names the gateway's hosts.
 *
 * <p>The URL is checked when saved if its host is a literal address, and every address its host
 * resolves to is checked again before each send: a name can point anywhere, and change.
 */
public final class ReachableAddress {

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    // Digits and dots only (127.0.0.1, 2130706433) or a bracketed IPv6 literal: Java parses these
    // without asking DNS. Whatever else a name server makes of a host is checked at send time.
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|\\[.*]");

    private final boolean allowPrivate;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /**
     * @param allowPrivate every address may be reached (a receiver on the intranet, or tests)
     * @param allowedHosts hosts that may be reached whatever they resolve to, compared without case
     */
    public ReachableAddress(boolean allowPrivate, Collection<String> allowedHosts) {
        this(allowPrivate, allowedHosts, InetAddress::getAllByName);
    }

    ReachableAddress(boolean allowPrivate, Collection<String> allowedHosts, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = allowedHosts.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** At save time: refuses a URL whose host is a literal address the server may not reach. */
    public void checkSaved(URI url) {
        String host = url.getHost();
        if (mayReachAnything(host) || !LITERAL.matcher(host).matches()) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidRequestException("url", "推送地址中的 IP 地址“" + host + "”无效");
        }
        Optional<String> kind = kind(address);
        if (kind.isPresent()) {
            throw new InvalidRequestException("url", refusal(host, address, kind.get()));
        }
    }

    /**
     * At send time: resolves the URL's host and answers why it may not be reached (in Chinese, for
     * the delivery log), or empty when every address it resolves to may be.
     */
    public Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (host == null) {
            return Optional.of("推送地址没有主机名");
        }
        if (mayReachAnything(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(unbracketed(host));
        } catch (UnknownHostException e) {
            return Optional.of("无法解析推送地址的主机名");
        }
        return Arrays.stream(addresses)
                .flatMap(a -> kind(a).map(k -> refusal(host, a, k)).stream())
                .findFirst();
    }

    private boolean mayReachAnything(String host) {
        return allowPrivate || allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    private static String refusal(String host, InetAddress address, String kind) {
        String shown = host.length() > 60 ? host.substring(0, 60) + "…" : host;
        return "推送地址“" + shown + "”指向" + kind + " " + address.getHostAddress()
                + "，为防止借推送访问内部系统，已拒绝；如接收方确在内网，请系统管理员在配置中允许该主机";
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** What kind of address the server may not reach this is, in Chinese; empty for a public one. */
    static Optional<String> kind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return kind4(b);
        }
        if (address instanceof Inet6Address) {
            return kind6(b);
        }
        return Optional.of("未知类型的地址");
    }

    private static Optional<String> kind4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("未指定地址");
        }
        if (first == 127) {
            return Optional.of("本机地址");
        }
        if (first == 169 && second == 254) {
            return Optional.of("链路本地地址（含云主机元数据服务）");
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return Optional.of("内网地址");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("运营商级 NAT 地址");
        }
        if (first >= 224) {
            return Optional.of(first < 240 ? "组播地址" : "保留地址");
        }
        return Optional.empty();
    }

    private static Optional<String> kind6(byte[] b) {
        if (isZero(b, 0, 15) && (b[15] == 0 || b[15] == 1)) {
            return Optional.of(b[15] == 0 ? "未指定地址" : "本机地址");
        }
        Optional<byte[]> embedded = embeddedIpv4(b);
        if (embedded.isPresent()) {
            return kind4(embedded.get());
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xff) {
            return Optional.of("组播地址");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("链路本地地址（含云主机元数据服务）");
        }
        if ((first & 0xfe) == 0xfc || first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("内网地址");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d (past :: and ::1) or NAT64's 64:ff9b::a.b.c.d. */
    private static Optional<byte[]> embeddedIpv4(byte[] b) {
        boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = isZero(b, 0, 12);
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12);
        return mapped || compatible || nat64 ? Optional.of(Arrays.copyOfRange(b, 12, 16)) : Optional.empty();
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
