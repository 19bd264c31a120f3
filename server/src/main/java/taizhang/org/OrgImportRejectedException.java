package taizhang.org;

import java.util.List;
import java.util.stream.Collectors;
import taizhang.shared.InvalidRequestException;

/** An organisation sheet with faults: each row's is named, and nothing was imported. */
public class OrgImportRejectedException extends InvalidRequestException {

    private final List<String> rowErrors;

    OrgImportRejectedException(List<OrgImportPlan.RowError> errors) {
        super(
                "file",
                "表格有 " + errors.size() + " 处错误，未导入任何单位："
                        + errors.stream().map(Object::toString).collect(Collectors.joining("；")));
        this.rowErrors = errors.stream().map(Object::toString).toList();
    }

    /** Each fault as shown, e.g. {@code 第 3 行：上级单位为空}. */
    public List<String> rowErrors() {
        return rowErrors;
    }
}
