-- 计划进度: an indicator's plan, either a target date (the planned share rises evenly from
-- starts_on to 100 % on target_date) or planned shares by the end of periods (indicator_plan_share).
create table indicator_plan (
    indicator_id  bigint primary key references indicator (id) on delete cascade,
    starts_on     date,
    target_date   date,
    updated_by    varchar(64) not null,
    updated_at    timestamp with time zone not null
);

create table indicator_plan_share (
    indicator_id  bigint not null references indicator_plan (indicator_id) on delete cascade,
    period        varchar(10) not null,
    percent       numeric(7, 2) not null,
    primary key (indicator_id, period)
);
