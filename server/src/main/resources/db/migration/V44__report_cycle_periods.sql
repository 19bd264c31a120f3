-- The reports page lists a campaign's cycles by jumping from one distinct period to the next;
-- the second column lets each period's check for rows in scope stay inside the index.
create index progress_report_period on progress_report (period, measure_id);
create index indicator_reading_period on indicator_reading (period, indicator_id);
