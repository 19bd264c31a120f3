-- For each measure, every organisation whose subtree holds its lead unit or one of its
-- co-units: those units and their ancestors, except the root (whose subtree is everything,
-- and whose users see whole campaigns anyway). "Led by or co-assigned to X's subtree" is then
-- one equality on org_id, answered from this table's key in measure-id order, instead of a
-- path match on the lead and on every co-unit of every candidate row.
-- MeasureRepository rewrites a measure's rows whenever its lead or co-units change; moving an
-- organisation in the tree would have to rewrite the rows of the measures below it.
create table measure_unit (
    org_id      bigint not null references organisation (id),
    measure_id  bigint not null references measure (id) on delete cascade,
    primary key (org_id, measure_id)
);
create index measure_unit_measure on measure_unit (measure_id);

-- Each organisation with its ancestors-or-self below the root: a few hundred rows.
create table measure_unit_ancestor_tmp as
select u.id as unit_id, a.id as ancestor_id
from organisation u join organisation a on u.path like a.path || '%'
where a.parent_id is not null;
create index measure_unit_ancestor_tmp_unit on measure_unit_ancestor_tmp (unit_id);

insert into measure_unit (org_id, measure_id)
select distinct t.ancestor_id, x.measure_id
from (select id as measure_id, lead_org_id as org_id from measure where lead_org_id is not null
      union all
      select measure_id, org_id from measure_co_unit) x
join measure_unit_ancestor_tmp t on t.unit_id = x.org_id;

drop table measure_unit_ancestor_tmp;

-- The ledger's other sort orders, so that sorting a campaign reads an index in order too.
create index measure_updated on measure (updated_at, id);
