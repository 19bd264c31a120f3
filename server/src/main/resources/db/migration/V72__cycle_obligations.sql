-- Who owes a cycle, kept as reports move, so the missing list of a cycle of a million measures reads
-- the few that still owe through an index instead of weighing every required measure's reports.
-- progress: 2 the lead's side has a submitted or accepted report for the period, 1 its report was
-- returned and not submitted again, 0 nothing yet. One row per measure the cycle required when it
-- opened (and, once closed, when it closed); measures created since the opening (id above
-- last_measure_id) are weighed as they are read until the close.
create table cycle_obligation (
    cycle_id    bigint not null references reporting_cycle (id) on delete cascade,
    measure_id  bigint not null,
    progress    smallint not null,
    primary key (cycle_id, measure_id)
);
create index cycle_obligation_owing on cycle_obligation (cycle_id, progress, measure_id);
-- An open cycle's owing measures are checked against the live ledger (closed since? led by whom?):
-- this index answers that from the index alone, one probe per owing measure.
create index measure_obligation on measure (id, status, lead_org_id);

alter table reporting_cycle add column last_measure_id bigint not null default 0;

-- Cycles opened before this migration: open ones require every measure not closed and not excluded,
-- closed ones the measures their snapshot marks required.
update reporting_cycle set last_measure_id = coalesce((select max(m.id) from measure m
                                                       where m.campaign_id = reporting_cycle.campaign_id), 0);
insert into cycle_obligation (cycle_id, measure_id, progress)
select c.id, m.id,
       coalesce((select max(case when r.status in ('SUBMITTED', 'ACCEPTED') then 2
                                 when r.status = 'RETURNED' then 1 else 0 end)
                 from progress_report r join organisation ro on ro.id = r.organisation_id
                 join organisation lo on lo.id = m.lead_org_id
                 where r.measure_id = m.id and r.period = c.period and lo.path like ro.path || '%'), 0)
from reporting_cycle c join measure m on m.campaign_id = c.campaign_id
where (c.status = 'OPEN' and m.status <> 'CLOSED'
       and not exists (select 1 from cycle_exclusion e where e.cycle_id = c.id and e.measure_id = m.id))
   or (c.status <> 'OPEN'
       and exists (select 1 from cycle_snapshot s where s.cycle_id = c.id and s.measure_id = m.id and s.required));
