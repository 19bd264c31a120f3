package taizhang.notice;

import java.util.Arrays;
import java.util.List;
import taizhang.shared.InvalidRequestException;

/**
 * A campaign's settings for its notices: the issuing body (发文机关), the 落款 under the text (one
 * line per body, e.g. 中共内蒙古自治区委员会 / 自治区整改办), the pattern of the 文号 with
 * {@code {year}} and {@code {n}} (the notice's serial in its year), and the 监督电话 or 联系方式
 * paragraph that closes the text.
 */
public record NoticeSettings(
        long campaignId, String issuer, List<String> signature, String numberPattern, String contact, int version) {

    static final String YEAR = "{year}";
    static final String SERIAL = "{n}";

    public NoticeSettings {
        signature = List.copyOf(signature);
    }

    /** What a campaign has before its office sets anything: its owner issues and signs. */
    static NoticeSettings defaults(long campaignId, String owner) {
        return new NoticeSettings(campaignId, owner, List.of(owner), "整改通〔" + YEAR + "〕" + SERIAL + "号", "", -1);
    }

    /** Settings as a form gives them: the 落款 one line per body, separated by new lines or “/”. */
    static NoticeSettings of(
            long campaignId, String issuer, String signature, String numberPattern, String contact, int version) {
        List<String> lines = Arrays.stream((signature == null ? "" : signature).split("[\\n/／]"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        NoticeSettings settings = new NoticeSettings(
                campaignId,
                strip(issuer),
                lines,
                strip(numberPattern),
                contact == null ? "" : contact.strip(),
                version);
        settings.check();
        return settings;
    }

    private void check() {
        if (issuer.isEmpty() || issuer.length() > 200) {
            throw new InvalidRequestException("issuer", "请填写发文机关（不超过200字）");
        }
        if (signature.isEmpty()
                || signature.size() > 4
                || String.join("/", signature).length() > 500) {
            throw new InvalidRequestException("signature", "落款须为1至4行（合计不超过500字）");
        }
        if (!numberPattern.contains(SERIAL) || numberPattern.length() > 100) {
            throw new InvalidRequestException("numberPattern", "文号格式须含序号 {n}（可含年份 {year}），不超过100字");
        }
        if (contact.length() > 500) {
            throw new InvalidRequestException("contact", "监督电话或联系方式不超过500字");
        }
    }

    /** The 文号 of the {@code serial}-th notice of {@code year}: 整改通〔2021〕3号. */
    String number(int year, int serial) {
        return numberPattern.replace(YEAR, String.valueOf(year)).replace(SERIAL, String.valueOf(serial));
    }

    /** The 落款 as a form shows it. */
    public String signatureText() {
        return String.join("\n", signature);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
