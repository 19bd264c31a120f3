-- An import draft is stored item by item, so that a review page or an API answer reads only its
-- slice and an edit rewrites only the problem it changes. Each problem, measure and figure
-- (reading) is a row at its place in draft order (a problem, then each of its measures followed
-- by the measure's readings); its body is the item's JSON without its children. The source
-- highlights are rows by where they start. What is left of the document (file, year, sections,
-- the first notes) is the small head_json.
create table import_draft_item (
    import_id    bigint not null references import_draft (id),
    item         int not null,
    kind         char(1) not null,
    item_key     varchar(40) not null,
    problem_key  varchar(40) not null,
    measure_key  varchar(40),
    body         varchar not null,
    primary key (import_id, item)
);
create index import_draft_item_key on import_draft_item (import_id, item_key);
create index import_draft_item_problem on import_draft_item (import_id, problem_key, item);

create table import_draft_mark (
    import_id  bigint not null references import_draft (id),
    start_at   int not null,
    end_at     int not null,
    kind       varchar(20) not null,
    note       varchar
);
create index import_draft_mark_start on import_draft_mark (import_id, start_at);

alter table import_draft add column head_json varchar;
alter table import_draft add column note_count int;
-- Drafts stored before this keep their whole JSON here until first read, when they are cut into rows.
alter table import_draft alter column draft_json drop not null;
