-- An open cycle's missing list read each owing obligation's measure from the ledger: at a million
-- measures, 45,000 probes into `measure` took 130–220 ms, and more once updates had left pages
-- unvisited by vacuum. The obligations of an open cycle now keep their measure's lead unit as the
-- ledger changes it (null while the measure is closed or removed), as a closed cycle's already keep
-- the lead its snapshot holds (V94), so the list reads them alone.
update cycle_obligation set lead_org_id =
    (select m.lead_org_id from ledger_measure_view m
     where m.id = cycle_obligation.measure_id and m.status <> 'CLOSED')
where cycle_id in (select c.id from reporting_cycle c where c.status = 'OPEN');
