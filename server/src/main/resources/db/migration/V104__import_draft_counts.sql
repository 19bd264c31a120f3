-- The size of each import draft, kept beside it so that the list of recent imports reads a few
-- numbers instead of every draft and its source text. Drafts stored before this have none (null).
alter table import_draft add column problem_count int;
alter table import_draft add column measure_count int;
alter table import_draft add column reading_count int;
