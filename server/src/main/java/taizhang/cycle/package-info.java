/**
 * 调度周期: the office runs the ledger in reporting cycles (月调度, 季通报). A cycle names a period
 * of one campaign, its due date and the measures that must report; the office sees who owes a
 * report, reminds units, and closes the cycle, which locks its reports and keeps a snapshot of the
 * ledger as of the close. The unit that owes a measure's report is its lead unit (or a unit above it
 * reporting for its subtree): co-units report their part, but only the lead's report moves the
 * measure, so only the lead's report settles the cycle.
 */
package taizhang.cycle;
