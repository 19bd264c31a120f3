package taizhang.org;

/** Levels of the organisation tree: 自治区 → 盟市 → 旗县区, plus departments and offices. */
public enum OrgKind {
    /** 省级 / 自治区. */
    REGION,
    /** 盟市. */
    CITY,
    /** 旗县区. */
    COUNTY,
    /** 区直部门、党委机关. */
    DEPARTMENT
}
