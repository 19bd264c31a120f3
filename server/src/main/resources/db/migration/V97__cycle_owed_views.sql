-- The warning rules count a missed cycle only for the measures that owed it (a measure the office
-- excluded, a 长期坚持 one reported quarterly, has not missed it). They read which cycle is which
-- and, per measure, whether it owed the cycle: by key, one probe per cycle and measure.
create or replace view cycle_due_date_view as
select campaign_id, period, due_date, status, id, last_measure_id from reporting_cycle;

create view cycle_obligation_view as
select cycle_id, measure_id from cycle_obligation;

create view cycle_exclusion_view as
select cycle_id, measure_id from cycle_exclusion;
