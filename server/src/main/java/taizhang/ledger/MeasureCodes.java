package taizhang.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.RuleViolationException;

/**
 * Measures a person names in a form by their 编号 (3-2: problem number, measure number), as the
 * ledger, the Excel sheet and the notice show them, resolved within a campaign and the reader's
 * scope. One home for the refusals: a malformed 编号, one the campaign lacks (or the reader cannot see) and one an
 * import gave to two measures.
 */
@Component
public class MeasureCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{1,9})\\s*[-－—–]\\s*(\\d{1,9})");
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    private final LedgerQueries ledger;
    private final MeasureRepository measures;

    MeasureCodes(LedgerQueries ledger, MeasureRepository measures) {
        this.ledger = ledger;
        this.measures = measures;
    }

    /** The measure of one 编号; {@code field} names the form's field in the refusal of a malformed one. */
    @Transactional(readOnly = true)
    public LedgerQueries.MeasureLabel resolve(CurrentUser user, long campaignId, String code, String field) {
        String written = code == null ? "" : code.strip();
        Matcher parts = CODE.matcher(written);
        if (!parts.matches()) {
            throw new InvalidRequestException(field, "措施编号“" + written + "”无效，应形如 3-2（问题编号-措施序号）");
        }
        List<LedgerQueries.MeasureLabel> named =
                ledger.byCode(campaignId, Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
        if (named.size() > 1) {
            throw new RuleViolationException("编号“" + written + "”对应 " + named.size() + " 项措施（问题编号重复），请先在整改任务页面修改问题编号");
        }
        if (named.isEmpty() || !measures.visible(user, named.get(0).id())) {
            throw new NotFoundException("本整改任务中没有编号为“" + written + "”的措施（编号形如 3-2：问题编号-措施序号）");
        }
        return named.get(0);
    }

    /** The measures of a list of 编号 separated by commas, 、 or spaces, each once, in the order written. */
    @Transactional(readOnly = true)
    public List<Long> resolveAll(CurrentUser user, long campaignId, String codes, String field) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String code : SEPARATORS.split(codes == null ? "" : codes.strip())) {
            if (!code.isEmpty()) {
                ids.add(resolve(user, campaignId, code, field).id());
            }
        }
        return new ArrayList<>(ids);
    }
}
