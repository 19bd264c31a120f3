-- 预警设置: a campaign's warning thresholds, set by its office; a campaign without a row uses
-- the defaults (WarningSettings.DEFAULT).
create table campaign_warning_settings (
    campaign_id           bigint primary key references campaign (id) on delete cascade,
    due_soon_days         int not null,
    overdue_red           boolean not null,
    overdue_grace_days    int not null,
    missed_cycles_yellow  int not null,
    missed_cycles_red     int not null,
    unsigned_days         int not null,
    updated_by            varchar(64) not null,
    updated_at            timestamp with time zone not null
);

-- Lag against an indicator's plan, as last assessed (RED behind, YELLOW caught up and not yet
-- confirmed by a cycle, GREEN on plan); null for a measure without a plan. Stored so that the
-- set-based recomputation of warnings can read it.
alter table measure add column plan_lag varchar(10);
