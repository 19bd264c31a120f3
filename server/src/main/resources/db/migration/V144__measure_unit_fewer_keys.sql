-- Every imported measure writes two or three measure_unit rows, and on H2 each row went into seven
-- B-trees: the table, its key, the three indexes below and two indexes H2 made for the foreign keys
-- (it makes one unless an index on exactly those columns exists when the key is declared). The rows
-- are derived from measure's lead and measure_co_unit, which already reference organisation, so
-- org_id needs no key of its own; the key on measure_id is declared after its index, which H2 then
-- uses. Five B-trees per row on H2 (the 100,000-row import's largest share), the same four
-- indexes on PostgreSQL.
create table measure_unit_keyed (
    org_id      bigint not null,
    measure_id  bigint not null,
    campaign_id bigint not null,
    problem_id  bigint not null,
    ordinal     int    not null,
    primary key (org_id, measure_id)
);

insert into measure_unit_keyed (org_id, measure_id, campaign_id, problem_id, ordinal)
select org_id, measure_id, campaign_id, problem_id, ordinal from measure_unit;

drop table measure_unit;
alter table measure_unit_keyed rename to measure_unit;

create index measure_unit_measure on measure_unit (measure_id);
create index measure_unit_campaign on measure_unit (org_id, campaign_id, measure_id);
create index measure_unit_problem on measure_unit (org_id, campaign_id, problem_id, ordinal, measure_id);
alter table measure_unit add constraint measure_unit_measure_fk
    foreign key (measure_id) references measure (id) on delete cascade;
analyze;
