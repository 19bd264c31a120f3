-- A scheduled job's lock becomes ShedLock's row: its times are the database's own (nodes whose
-- clocks differ agree on when a lock ends), locked_at says when the running node took it, and a
-- lock is released (down to its minimum hold) when the run ends. The old leases were only
-- ever held for an hour at a time, so nothing in them needs keeping.
drop table job_lock;
create table job_lock (
    name        varchar(64) primary key,
    lock_until  timestamp not null,
    locked_at   timestamp not null,
    locked_by   varchar(255) not null
);
