/**
 * 统计总览: the dashboard of the office and the leaders — completion (总体完成率), completion by
 * problem and by unit, warnings, overdue measures, indicators against targets and the trend by
 * reporting period, computed by aggregate queries over one campaign within the reader's subtree.
 */
package taizhang.dashboard;
