/**
 * 考核: the annual assessment of a campaign's units. Each unit's score for a year is computed from
 * the ledger by weighted rules the office edits per campaign (on-time reporting over the year's
 * closed 调度周期, completion against deadlines, reports returned, extensions asked, supervision
 * findings, overdue red measures, accountability actions) and rated 好 / 较好 / 一般 / 差 by
 * editable thresholds. Every score shows each rule's raw value, weight and points; the office may
 * adjust a score with a written reason (both kept, audited); units rated 一般 or 差 are sent their
 * breakdown as feedback (一对一反馈). Rules fed by other features ({@link AssessmentSource}) count
 * as nothing until such a source is present.
 */
package taizhang.assessment;
