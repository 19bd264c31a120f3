-- 补报: the office lets a unit file a report for a period that has already ended. Without such
-- a decision a unit reports only for the current period.
create table report_backfill (
    measure_id  bigint not null references measure (id) on delete cascade,
    org_id      bigint not null references organisation (id),
    period      varchar(10) not null,
    reason      varchar(1000) not null,
    granted_by  varchar(100) not null,
    granted_at  timestamp with time zone not null,
    primary key (measure_id, org_id, period)
);

