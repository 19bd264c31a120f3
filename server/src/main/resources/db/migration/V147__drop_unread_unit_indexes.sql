-- Two indexes no query reads, each written for every imported measure or co-unit: a lead's
-- measures are read within their campaign (measure_campaign_lead) and a unit's through
-- measure_unit; co-units are read by measure (the primary key). They served the foreign keys to
-- organisation, whose rows are deactivated, never deleted (as V144 and V145 found for measure_unit
-- and measure_sign); on H2 those keys keep indexes of their own as well.
drop index measure_lead;
drop index measure_co_unit_org;
