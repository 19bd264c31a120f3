-- Read views for the cycles' set-based writes and reads (see V62 and V90): the snapshot copies the
-- campaign's problems, co-units and each indicator's latest reading, and the obligations name the
-- reason a unit's report was returned. PostgreSQL merges each view into the statement that reads
-- it, so the plans are those of the tables.

-- ledger: the problems and the co-units of measures.
create view ledger_problem_view as
select id, campaign_id, number, title, section_id from problem;

create view ledger_co_unit_view as
select measure_id, org_id from measure_co_unit;

-- progress: the reports' state with the reason they were returned, read by measure and period.
create view progress_report_return_view as
select id, measure_id, organisation_id, period, status, return_reason from progress_report;

-- indicator: the indicators and their readings' values.
create view indicator_view as
select id, campaign_id, measure_id, name, unit, target from indicator;

create view indicator_reading_view as
select id, indicator_id, period, amount, recorded_at from indicator_reading;
