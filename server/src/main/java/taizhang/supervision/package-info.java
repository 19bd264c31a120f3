/**
 * 对口督导 and 责任追究: the office assigns counterpart supervisors (a person, or a 督导组 whose
 * members act for it) to units; a supervisor then sees those units' measures across campaigns (the
 * ledger reads {@code supervision_reach_view}) and records 督导事项 — how a unit was checked, when,
 * and what was found. A finding goes back to the unit one to one (一对一反馈整改), as a new measure
 * or as a 退回 of one of its measures, through {@link taizhang.ledger.MeasureFeedback}. The
 * accountability register (约谈, 通报批评, 诫勉谈话…) is for offices, supervisors and leaders only.
 * {@link taizhang.supervision.SupervisionCounts} gives the assessment its per-unit counts.
 */
package taizhang.supervision;
