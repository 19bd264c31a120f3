/**
 * 调度周期: the office runs the ledger in reporting cycles (月调度, 季通报). A cycle names a period
 * of one campaign, its due date and the measures that must report; the office sees who owes a
 * report, reminds units, and closes the cycle, which locks its reports and keeps a snapshot of the
 * ledger as of the close.
 */
package taizhang.cycle;
