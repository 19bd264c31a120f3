/**
 * 工作台: the pages that bring several features together — the measure page (措施详情), a unit's
 * reporting desk (我的任务, 进展填报) and the office's review queue (审核、退回、销号). They only
 * compose the services of the ledger, progress, indicator, evidence and audit features.
 */
package taizhang.workbench;
