-- org: an organisation the administrator deactivated (撤销 or merged) keeps its history and its
-- measures, but takes no new users, children or moves.
alter table organisation add column active boolean not null default true;
