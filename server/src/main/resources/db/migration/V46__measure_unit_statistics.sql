-- V45 rebuilt measure_unit. Until a table has statistics PostgreSQL's planner guesses, and a
-- unit's ledger took a nested loop over its whole key (20 ms pages at 180–480 ms); where
-- autovacuum is off, or has not come round yet, nobody else would gather them. A bare ANALYZE
-- (every table, sampled: about a second at a million measures) is the form both databases accept.
analyze;
