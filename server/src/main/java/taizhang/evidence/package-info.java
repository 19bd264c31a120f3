/**
 * 佐证材料: evidence files attached to a measure, and to the progress report they back. Only
 * PDF, Word, Excel, JPEG and PNG files are taken, recognised by their content; whoever may see
 * the measure may download them.
 */
package taizhang.evidence;
