-- 内部事项: measures the office keeps out of the public version of the progress notice.
-- A table of its own rather than a column on measure: the flag belongs to reporting, not to
-- the ledger's workflow, and a row per marked measure (a few) costs nothing at a million
-- measures, where adding a column to measure would rewrite the table.
create table report_internal_measure (
    measure_id  bigint primary key references measure (id) on delete cascade,
    marked_by   varchar(64) not null,
    marked_at   timestamp with time zone not null default current_timestamp
);
