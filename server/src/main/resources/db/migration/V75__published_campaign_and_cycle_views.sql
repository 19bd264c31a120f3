-- Read views for keyed reads of two small tables (see V62): the campaigns, for their names and
-- owning offices; the reporting cycles' due dates, which the ledger's warning rules count.
create view ledger_campaign_view as
select id, name, owner_org_id from campaign;

create view cycle_due_date_view as
select campaign_id, period, due_date, status from reporting_cycle;
