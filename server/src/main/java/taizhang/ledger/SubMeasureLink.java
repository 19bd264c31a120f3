package taizhang.ledger;

/**
 * 分层建账: the link of a sub-measure to the measure it was split from.
 *
 * @param keeperOrgId the parent's lead unit when it split the measure: the office of that level
 *     (a 盟市 整改办) keeps the sub-measure, reviewing its reports, as the campaign's office keeps the parent
 */
public record SubMeasureLink(long measureId, long parentId, long keeperOrgId) {}
