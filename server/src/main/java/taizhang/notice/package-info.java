/**
 * 通报: the progress notice as a document with a life. The office drafts a notice of a campaign for a
 * date or a closed cycle, edits it in a preview (a measure's paragraph rewritten, the 存在问题 and
 * 下一步工作 prefilled from the ledger), and publishes it with a 文号 and 印发日期; what was published
 * stays as published, beside a short 简报, and its public version is readable by anyone at
 * {@code /public/}. Each campaign's issuer, 落款, 文号 pattern and 监督电话 are its settings.
 */
package taizhang.notice;
