/**
 * 系统管理: the administrator's pages — users (create, organisation and roles, disable, reset
 * password, unlock), the organisation tree (create, rename, move, deactivate, import from Excel)
 * and the audit trail. Thin over the {@code user}, {@code org} and {@code audit} services, which
 * decide and check every right; only administrators reach them.
 */
package taizhang.admin;
