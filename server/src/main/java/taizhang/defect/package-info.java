/**
 * 文字疑点: the text defects the reader found in a measure's text at import (a lost number such as
 * {@code 受理辦件件}, mixed scripts, a miswritten word such as {@code 保障標注}) stay with the
 * measure after acceptance. The measure page flags them, the ledger narrows to measures that have
 * them, and the notice preview highlights them, until the office corrects the text or marks them
 * checked (核对无误).
 */
package taizhang.defect;
