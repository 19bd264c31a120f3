-- The dashboard groups one campaign's measures by status and warning, by problem and by lead
-- unit, and lists its overdue ones by deadline. Each index below serves one of those queries
-- from the index alone, so the figures stay fast at a million measures.
create index measure_campaign_status on measure (campaign_id, status, warning, deadline);
create index measure_campaign_problem on measure (campaign_id, problem_id, status);
create index measure_campaign_lead on measure (campaign_id, lead_org_id, status);
create index measure_campaign_deadline on measure (campaign_id, deadline, id);
