-- Read views: a feature reads another feature's data through the views its owner declares here, or
-- through the owner's query class, never by naming the owner's tables (TableOwnershipTest). Each
-- view is named after its owner and lists the columns it publishes, so the owner can change its
-- tables knowing what others read.
--
-- They serve keyed reads only: a row by id, the rows of a few ids, a lookup of a small table.
-- PostgreSQL merges a view into the reading query, but H2 runs it as a query of its own and
-- collects its rows, so a campaign's measures counted or paged through a view, or a view joined to
-- a view, costs seconds at a million measures where the tables take milliseconds. Those reads go
-- through the owner's query class (ledger/MeasureFigures, indicator/IndicatorQueries, …).

-- org: the organisation tree (a few hundred rows), for names and subtrees.
create view org_unit_view as
select id, parent_id, name, kind, admin_code, path, sort_order from organisation;

-- progress: the units' reports, read by measure.
create view progress_report_view as
select id, measure_id, organisation_id, period, body, claimed_status, status, submitted_at, reviewed_at
from progress_report;

-- evidence: the files' names, without their content, read by measure.
create view evidence_file_view as
select id, measure_id, report_id, file_name, media_type, size_bytes, uploaded_at from evidence_file;

-- audit: the trail as recorded, without its hash chain, read by object.
create view audit_event_view as
select seq, occurred_at, actor, action, object_type, object_id, before_json, after_json from audit_event;
