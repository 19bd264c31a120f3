-- A reminder is read in the inbox (notification.read_at, per user), not on the unit's record.
alter table cycle_reminder drop column read_at;
