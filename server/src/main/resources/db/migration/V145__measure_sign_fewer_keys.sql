-- A 签收 row is written for every unit assigned to a measure, and on H2 each row went into six
-- B-trees, one of them an index H2 made for the foreign key on org_id. The unit of a row is always
-- the measure's lead or one of its co-units, which reference organisation themselves (and
-- organisations are deactivated, never deleted), so org_id needs no key of its own (as V144 for
-- measure_unit). The key on measure_id and its cascade stay.
create table measure_sign_keyed (
    measure_id   bigint not null references measure (id) on delete cascade,
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
