-- A closed cycle's missing list read its owing obligations joined to the cycle's snapshot: at a
-- million measures, 45,000 owing rows probed into a million-row snapshot took 300 ms on PostgreSQL.
-- At the close, each owing obligation now keeps the lead unit the snapshot holds for it (null when
-- the snapshot does not require the measure, and for every row of an open cycle), so the closed
-- cycle's list reads this table alone.
alter table cycle_obligation add column lead_org_id bigint;

update cycle_obligation set lead_org_id =
    (select s.lead_org_id from cycle_snapshot s
     where s.cycle_id = cycle_obligation.cycle_id and s.measure_id = cycle_obligation.measure_id and s.required)
where progress < 2 and cycle_id in (select c.id from reporting_cycle c where c.status <> 'OPEN');
