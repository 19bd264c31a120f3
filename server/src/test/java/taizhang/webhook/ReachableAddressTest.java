package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import taizhang.shared.InvalidRequestException;

/**
 * The server posts only to public addresses unless told otherwise: loopback, private, link-local
 * (the cloud's metadata service), CGNAT, multicast and their IPv6 spellings are refused, whether
 * written in the URL or behind a host name.
 */
class ReachableAddressTest {

    static final ReachableAddress DEFAULT = new ReachableAddress(false, List.of());

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1       | 本机地址
            127.255.0.9     | 本机地址
            0.0.0.0         | 未指定地址
            0.1.2.3         | 未指定地址
            169.254.169.254 | 链路本地地址（含云主机元数据服务）
            10.0.0.1        | 内网地址
            10.255.255.255  | 内网地址
            172.16.0.1      | 内网地址
            172.31.255.254  | 内网地址
            192.168.1.1     | 内网地址
            100.64.0.1      | 运营商级 NAT 地址
            100.127.255.254 | 运营商级 NAT 地址
            224.0.0.1       | 组播地址
            239.255.255.250 | 组播地址
            255.255.255.255 | 保留地址
            """)
    void refusesInternalIpv4Addresses(String address, String kind) throws Exception {
        assertThat(ReachableAddress.kind(ip(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.1.1.1",
                "8.8.8.8",
                "172.15.255.255",
                "172.32.0.1",
                "100.63.255.255",
                "100.128.0.1",
                "169.253.1.1",
                "192.169.0.1",
                "11.0.0.1",
                "223.255.255.255",
                "126.255.255.255"
            })
    void letsPublicIpv4AddressesThroughEvenNextToInternalRanges(String address) throws Exception {
        assertThat(ReachableAddress.kind(ip(address))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ::1                    | 本机地址
            ::                     | 未指定地址
            fe80::1                | 链路本地地址（含云主机元数据服务）
            fd00:ec2::254          | 内网地址
            fc00::1                | 内网地址
            fec0::1                | 内网地址
            ff02::1                | 组播地址
            ::ffff:127.0.0.1       | 本机地址
            ::ffff:169.254.169.254 | 链路本地地址（含云主机元数据服务）
            ::ffff:a00:1           | 内网地址
            ::10.0.0.1             | 内网地址
            ::127.0.0.1            | 本机地址
            64:ff9b::192.168.0.1   | 内网地址
            """)
    void refusesInternalIpv6AddressesAndIpv4WrittenInsideThem(String address, String kind) throws Exception {
        assertThat(ReachableAddress.kind(ip(address))).contains(kind);
    }

    @Test
    void refusesAMappedAddressEvenWhenJavaKeepsItAsIpv6() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        InetAddress kept = java.net.Inet6Address.getByAddress(null, mapped, -1);

        assertThat(ReachableAddress.kind(kept)).contains("链路本地地址（含云主机元数据服务）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:4860:4860::8888", "2400:3200::1", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void letsPublicIpv6AddressesThrough(String address) throws Exception {
        assertThat(ReachableAddress.kind(ip(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:5432/",
                "http://169.254.169.254/latest/meta-data/",
                "https://10.1.2.3/hook",
                "http://[::1]:8080/",
                "http://[::ffff:192.168.0.1]/",
                "http://2130706433/",
                "http://127.000.000.001/"
            })
    void refusesSavingAUrlWithALiteralInternalAddressInChinese(String url) {
        assertThatThrownBy(() -> DEFAULT.checkSaved(URI.create(url)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("已拒绝")
                .hasMessageContaining("指向");
    }

    @Test
    void savingANameAsksNoNameServer() {
        ReachableAddress noLookups = new ReachableAddress(false, List.of(), host -> {
            throw new AssertionError("looked up " + host);
        });

        assertThatCode(() -> noLookups.checkSaved(URI.create("https://gateway.example.cn/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> noLookups.checkSaved(URI.create("https://8.8.8.8/hook")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesSendingToANameThatResolvesToAnyInternalAddress() {
        ReachableAddress resolving = new ReachableAddress(false, List.of(), host -> switch (host) {
            case "gateway.example.cn" -> new InetAddress[] {ip("203.0.113.7")};
            case "rebound.example.cn" -> new InetAddress[] {ip("203.0.113.8"), ip("10.0.0.5")};
            case "metadata.example.cn" -> new InetAddress[] {ip("fd00:ec2::254")};
            default -> throw new UnknownHostException(host);
        });

        assertThat(resolving.refusal(URI.create("https://gateway.example.cn/hook")))
                .isEmpty();
        assertThat(resolving.refusal(URI.create("https://rebound.example.cn/hook")))
                .hasValueSatisfying(why -> assertThat(why).contains("rebound.example.cn", "内网地址", "10.0.0.5"));
        assertThat(resolving.refusal(URI.create("https://metadata.example.cn/hook")))
                .hasValueSatisfying(why -> assertThat(why).contains("内网地址", "fd00:ec2"));
        assertThat(resolving.refusal(URI.create("https://nowhere.example.cn/hook")))
                .contains("无法解析推送地址的主机名");
    }

    @Test
    void refusesLocalhostAndLiteralsAtSendTimeWithTheRealResolver() {
        assertThat(DEFAULT.refusal(URI.create("http://localhost:8080/")))
                .hasValueSatisfying(why -> assertThat(why).contains("本机地址"));
        assertThat(DEFAULT.refusal(URI.create("http://[::1]:8080/")))
                .hasValueSatisfying(why -> assertThat(why).contains("本机地址"));
        assertThat(DEFAULT.refusal(URI.create("http://8.8.8.8/"))).isEmpty();
    }

    @Test
    void aSettingAllowsEveryAddressOrNamedHosts() {
        ReachableAddress intranet = new ReachableAddress(true, List.of());
        assertThat(intranet.refusal(URI.create("http://127.0.0.1:9/"))).isEmpty();
        assertThatCode(() -> intranet.checkSaved(URI.create("http://10.1.2.3/")))
                .doesNotThrowAnyException();

        ReachableAddress named = new ReachableAddress(false, List.of(" SMS-Gateway.gov.example ", "10.1.2.3", ""));
        assertThat(named.refusal(URI.create("http://sms-gateway.gov.example/hook")))
                .isEmpty();
        assertThatCode(() -> named.checkSaved(URI.create("http://10.1.2.3/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> named.checkSaved(URI.create("http://10.1.2.4/")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(named.refusal(URI.create("http://localhost/"))).isPresent();
    }
}
