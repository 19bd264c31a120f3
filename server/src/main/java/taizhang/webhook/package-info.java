/**
 * 外部推送: a generic outgoing webhook per organisation, so a body can connect its own SMS, DingTalk
 * or WeCom gateway. Events are written to an outbox in the transaction that causes them, then
 * POSTed as signed JSON by a scheduled job that retries with backoff and keeps a delivery log.
 */
package taizhang.webhook;
