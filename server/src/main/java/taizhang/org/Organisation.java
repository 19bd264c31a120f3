package taizhang.org;

import taizhang.shared.InvalidRequestException;

/**
 * A node of the organisation tree. {@code path} lists the ids from the root, e.g. {@code /1/5/},
 * so every descendant's path starts with it.
 */
public record Organisation(long id, Long parentId, String name, OrgKind kind, String adminCode, String path) {

    static final int MAX_NAME = 200;

    /** 行政区划代码: 6 digits for a region, city or county, up to 12 for a township or village. */
    static final java.util.regex.Pattern ADMIN_CODE = java.util.regex.Pattern.compile("\\d{6,12}");

    /** The name as kept: stripped, not blank, at most 200 characters. */
    static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new InvalidRequestException("name", "单位名称不能为空，最多 " + MAX_NAME + " 字");
        }
        return stripped;
    }

    /** The 行政区划代码 as kept; a blank one is none. */
    static String validCode(String code) {
        String stripped = code == null ? "" : code.strip();
        if (!stripped.isEmpty() && !ADMIN_CODE.matcher(stripped).matches()) {
            throw new InvalidRequestException("adminCode", "行政区划代码应为 6 到 12 位数字");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    public boolean isAncestorOrSelfOf(Organisation other) {
        return other.path.startsWith(path);
    }

    static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }
}
