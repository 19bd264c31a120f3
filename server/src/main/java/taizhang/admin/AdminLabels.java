package taizhang.admin;

import taizhang.org.OrgKind;
import taizhang.shared.Role;

/** The Chinese names of roles and organisation kinds, as the administrator's pages show them. */
public final class AdminLabels {

    private AdminLabels() {}

    public static String role(Role role) {
        return switch (role) {
            case ADMIN -> "系统管理员";
            case OFFICE -> "整改办";
            case UNIT -> "责任单位";
            case SUPERVISOR -> "督导";
            case LEADER -> "领导";
        };
    }

    public static String kind(OrgKind kind) {
        return switch (kind) {
            case REGION -> "自治区（省级）";
            case CITY -> "盟市";
            case COUNTY -> "旗县区";
            case DEPARTMENT -> "部门";
        };
    }
}
