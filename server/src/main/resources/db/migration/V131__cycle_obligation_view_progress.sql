-- The warning rules count a cycle as missed only when the measure's report for it is not in: they
-- read the obligation's progress (2: submitted or accepted) beside the obligation itself.
create or replace view cycle_obligation_view as
select cycle_id, measure_id, progress from cycle_obligation;
