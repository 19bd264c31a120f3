-- 季通报 and statistics "as of a cycle" count every measure of the campaign, the closed (销号) and
-- excluded ones too, so the snapshot keeps them all; required marks those the cycle asked to report
-- (what the missing list, the lock and the snapshot API read). reopened is the 回头看 count at the close.
alter table cycle_snapshot add column required boolean not null default true;
alter table cycle_snapshot add column reopened int not null default 0;

-- The campaign's problems at the close (number, title, section), so a notice as of the cycle has
-- the problems it had then, not those added or renamed since.
create table cycle_snapshot_problem (
    cycle_id    bigint not null references reporting_cycle (id) on delete cascade,
    problem_id  bigint not null,
    number      int not null,
    title       varchar(1000) not null,
    section_id  bigint,
    primary key (cycle_id, problem_id)
);
create index cycle_snapshot_problem_order on cycle_snapshot_problem (cycle_id, number, problem_id);

-- The notice reads a cycle's measures problem by problem.
create index cycle_snapshot_problem_measures on cycle_snapshot (cycle_id, problem_id, ordinal);
