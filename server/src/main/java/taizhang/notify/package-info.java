/**
 * 消息提醒: the inbox every user has. Features publish what happened (a cycle opened, a report
 * returned, a measure assigned, a reminder sent); this feature turns each into a notice to the
 * organisation concerned, stored once per organisation and event, delivered to each of its users'
 * inboxes and, when a mail server is configured, mailed to those who gave an address and did not
 * opt out. Daily jobs notice what the calendar brings: a due date near, a due date passed, and a
 * unit still late some days later (escalated to its parent organisation and the office).
 */
package taizhang.notify;
