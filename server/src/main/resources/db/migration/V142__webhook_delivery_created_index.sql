-- The retention pass deletes finished deliveries by the time they were queued: with this index each
-- run of the delivery job reads only the rows past the retention, not the whole log.
create index webhook_delivery_created on webhook_delivery (created_at);
