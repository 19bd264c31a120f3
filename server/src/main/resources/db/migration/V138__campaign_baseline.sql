-- The campaign's baseline: the measures the import that founded its ledger wrote (ids up to this
-- one). They are the ledger's starting point, never "new" when the changes of a period are read.
alter table campaign add column baseline_measure_id bigint;

-- A campaign imported before: its measures written by its first accepted import.
update campaign set baseline_measure_id = (
    select max(m.id) from measure m
    where m.campaign_id = campaign.id
      and m.created_at <= (select min(d.accepted_at) from import_draft d
                           where d.campaign_id = campaign.id and d.status = 'ACCEPTED'));
