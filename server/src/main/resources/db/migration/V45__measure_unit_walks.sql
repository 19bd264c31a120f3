-- A unit's ledger is read by walking its measure_unit key (see MeasureWalk). Each row skipped on
-- the way to a later page used to be looked up in measure to check its campaign, and the
-- ledger's default order (problem, then number) could not be walked at all. The rows now carry
-- a copy of their measure's campaign, problem and number, which never change after the measure
-- is created, so a unit's page in a campaign, in id or in problem order, is read from the index.
create table measure_unit_walk (
    org_id      bigint not null references organisation (id),
    measure_id  bigint not null references measure (id) on delete cascade,
    campaign_id bigint not null,
    problem_id  bigint not null,
    ordinal     int    not null,
    primary key (org_id, measure_id)
);

insert into measure_unit_walk (org_id, measure_id, campaign_id, problem_id, ordinal)
select d.org_id, d.measure_id, m.campaign_id, m.problem_id, m.ordinal
from measure_unit d join measure m on m.id = d.measure_id;

drop table measure_unit;
alter table measure_unit_walk rename to measure_unit;

create index measure_unit_measure on measure_unit (measure_id);
create index measure_unit_campaign on measure_unit (org_id, campaign_id, measure_id);
create index measure_unit_problem on measure_unit (org_id, campaign_id, problem_id, ordinal, measure_id);
