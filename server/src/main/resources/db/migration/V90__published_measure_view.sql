-- The ledger's measures as other features read them (see V62): the columns they name, never the
-- body. PostgreSQL merges it into the reading query. H2 runs it as a query of its own, which costs
-- little when the view is probed by measure id (an EXISTS, or the inner side of a join on the id)
-- and much when it is counted or scanned by campaign; those reads stay in the ledger's query
-- classes (ledger/MeasureFigures, ledger/LedgerQueries).
create view ledger_measure_view as
select id, campaign_id, problem_id, ordinal, title, lead_org_id, status, type, warning, deadline, reopened
from measure;
