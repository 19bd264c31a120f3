/**
 * 通报与统计: what a rectification office hands upward and publishes — the progress notice
 * (整改进展情况的通报) as DOCX and HTML with its public version, the completion statistics with
 * the sentence every notice carries (总体完成率), what changed between two dates, and the ledger
 * as an Excel sheet (台账导出) and back (台账导入).
 */
package taizhang.report;
