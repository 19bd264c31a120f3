-- Fewer B-trees for each imported measure (issue 12: the 100,000-row import on H2).
--
-- measure_unit: its primary key takes the campaign as a third column, and the index
-- measure_unit_campaign (org_id, campaign_id, measure_id) goes. A unit's walk in id order within a
-- campaign now walks the key, answering the campaign from the key entry itself (MeasureWalk); it
-- skips the unit's entries of other campaigns, index entries only. A measure never changes campaign,
-- so the key is as unique as before. 2.7 rows per measure, one B-tree fewer each.
--
-- measure_sign: the foreign key on measure_id goes, with the index H2 made for it beside the primary
-- key (measure_id, org_id), which answers every read by measure. Measures are never deleted (removal
-- is a mark, migration V110), so its cascade never ran, and the rows are written only by
-- SignRepository for measures it has just written in the same transaction, as measure_unit's org_id
-- (V144). 1.75 rows per measure, one B-tree fewer each.
create table measure_unit_keyed (
    org_id      bigint not null,
    measure_id  bigint not null,
    campaign_id bigint not null,
    problem_id  bigint not null,
    ordinal     int    not null,
    primary key (org_id, measure_id, campaign_id)
);

insert into measure_unit_keyed (org_id, measure_id, campaign_id, problem_id, ordinal)
select org_id, measure_id, campaign_id, problem_id, ordinal from measure_unit;

drop table measure_unit;
alter table measure_unit_keyed rename to measure_unit;

create index measure_unit_measure on measure_unit (measure_id);
create index measure_unit_problem on measure_unit (org_id, campaign_id, problem_id, ordinal, measure_id);
-- Declared after its index, which H2 then uses (V144).
alter table measure_unit add constraint measure_unit_measure_fk
    foreign key (measure_id) references measure (id) on delete cascade;

create table measure_sign_keyed (
    measure_id   bigint not null,
    org_id       bigint not null,
    campaign_id  bigint not null,
    lead         boolean not null,
    assigned_at  timestamp with time zone not null,
    signed_at    timestamp with time zone,
    signed_by    varchar(64),
    primary key (measure_id, org_id)
);

insert into measure_sign_keyed (measure_id, org_id, campaign_id, lead, assigned_at, signed_at, signed_by)
select measure_id, org_id, campaign_id, lead, assigned_at, signed_at, signed_by from measure_sign;

drop table measure_sign;
alter table measure_sign_keyed rename to measure_sign;

create index measure_sign_org on measure_sign (org_id, signed_at, measure_id);
create index measure_sign_campaign on measure_sign (campaign_id, signed_at, measure_id);
analyze;
