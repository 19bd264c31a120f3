-- A report the office that keeps the campaign writes from above the measure's units is its own
-- note: kept with the reports, never submitted or accepted, so it never stands for a unit's word.
alter table progress_report add column office_note boolean default false not null;
