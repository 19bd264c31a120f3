package taizhang.org;

/**
 * A node of the organisation tree. {@code path} lists the ids from the root, e.g. {@code /1/5/},
 * so every descendant's path starts with it.
 */
public record Organisation(long id, Long parentId, String name, OrgKind kind, String adminCode, String path) {

    /** 行政区划代码: 6 digits for a region, city or county, up to 12 for a township or village. */
    static final java.util.regex.Pattern ADMIN_CODE = java.util.regex.Pattern.compile("\\d{6,12}");

    public boolean isAncestorOrSelfOf(Organisation other) {
        return other.path.startsWith(path);
    }

    static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }
}
