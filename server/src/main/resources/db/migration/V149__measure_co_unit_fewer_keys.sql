-- A co-unit row went into four B-trees on H2: the table, its key (measure_id, org_id) and an index
-- H2 made for each foreign key. The key on measure_id goes, with its index: the primary key answers
-- every read by measure, measures are never deleted (removal is a mark, V110) so its cascade never
-- ran, and the rows are written only by the ledger for measures it holds (as measure_sign, V148).
-- The key on org_id stays: a co-unit is named by the user, and the key checks the unit exists.
drop view ledger_co_unit_view;

create table measure_co_unit_keyed (
    measure_id  bigint not null,
    org_id      bigint not null references organisation (id),
    primary key (measure_id, org_id)
);

insert into measure_co_unit_keyed (measure_id, org_id) select measure_id, org_id from measure_co_unit;

drop table measure_co_unit;
alter table measure_co_unit_keyed rename to measure_co_unit;

create view ledger_co_unit_view as
select measure_id, org_id from measure_co_unit;
analyze;
