package taizhang.report;

import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;

/** 台账导出: the campaign's ledger, as far as the reader may see it, as an .xlsx written while it is read. */
@Service
public class LedgerExport {

    private final ReportAccess access;
    private final LedgerLines lines;

    LedgerExport(ReportAccess access, LedgerLines lines) {
        this.access = access;
        this.lines = lines;
    }

    /** The campaign's name, checking first that the reader may see it: call before the response is committed. */
    public String title(CurrentUser user, long campaignId) {
        return title(access.readable(user, campaignId).campaign().name());
    }

    /** 台账 of a campaign, without saying 整改 twice when the campaign's name ends with it. */
    static String title(String campaignName) {
        return campaignName + (campaignName.endsWith("整改") ? "台账" : "整改台账");
    }

    /** Writes the sheet; every page is read from the same snapshot, so a concurrent edit cannot tear the sheet. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(CurrentUser user, long campaignId, OutputStream out, UnaryOperator<String> script) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        LedgerSheet.write(
                title(readable.campaign().name()), sink -> lines.forEach(readable.scope(), sink), out, script);
    }
}
