package taizhang.org;

/**
 * A node of the organisation tree. {@code path} lists the ids from the root, e.g. {@code /1/5/},
 * so every descendant's path starts with it.
 */
public record Organisation(long id, Long parentId, String name, OrgKind kind, String adminCode, String path) {

    public boolean isAncestorOrSelfOf(Organisation other) {
        return other.path.startsWith(path);
    }

    static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }
}
