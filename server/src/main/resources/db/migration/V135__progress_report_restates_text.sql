-- progress (issue 16): the report a document import records for a new measure is the measure's own
-- text as read, not progress beyond it. Once the office rewrites the official text by hand, that
-- copy must not come back in the notice as the period's progress.
alter table progress_report add column restates_text boolean default false not null;

-- Reports from before: a measure's first accepted report that still says its official text word
-- for word is that copy.
update progress_report set restates_text = true
where office_note = false and status = 'ACCEPTED'
  and id in (select min(r.id) from progress_report r where r.status = 'ACCEPTED' group by r.measure_id)
  and body = (select m.body from measure m where m.id = progress_report.measure_id);

create or replace view progress_report_view as
select id, measure_id, organisation_id, period, body, claimed_status, status, submitted_at, reviewed_at, restates_text
from progress_report;
