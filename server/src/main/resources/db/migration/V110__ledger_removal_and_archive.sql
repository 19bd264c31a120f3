-- Edit by hand (issue 15): the office removes a measure or a problem with a reason and may restore
-- it; a removed row stays (its reports, files and audit trail keep their measure) but is left out
-- of the ledger, statistics, notices, warnings and cycles. A campaign is archived: read-only and
-- out of the default lists.
alter table measure add column removed_at timestamp with time zone;
alter table measure add column removed_reason varchar(1000);
alter table problem add column removed_at timestamp with time zone;
alter table problem add column removed_reason varchar(1000);
alter table campaign add column archived_at timestamp with time zone;

-- The published views show the live ledger only: every feature that reads through them (cycles,
-- their obligations and snapshots, progress, the review queue, reports) leaves removed rows out.
create or replace view ledger_measure_view as
select id, campaign_id, problem_id, ordinal, title, lead_org_id, status, type, warning, deadline, reopened
from measure where removed_at is null;

create or replace view ledger_problem_view as
select id, campaign_id, number, title, section_id from problem where removed_at is null;

-- Every count, walk and probe of the live ledger now asks removed_at: the indexes that answered
-- them from the index alone (V10, V72) carry it last, so they still do, in the same order.
-- (measure_problem stays: its walk in problem order relies on the row key following the ordinal.)
drop index measure_campaign_status;
create index measure_campaign_status on measure (campaign_id, status, warning, deadline, removed_at);
drop index measure_campaign_problem;
create index measure_campaign_problem on measure (campaign_id, problem_id, status, removed_at);
drop index measure_campaign_lead;
create index measure_campaign_lead on measure (campaign_id, lead_org_id, status, removed_at);
drop index measure_campaign_deadline;
create index measure_campaign_deadline on measure (campaign_id, deadline, id, removed_at);
drop index measure_campaign;
create index measure_campaign on measure (campaign_id, id, removed_at);
drop index measure_obligation;
create index measure_obligation on measure (id, status, lead_org_id, removed_at);
