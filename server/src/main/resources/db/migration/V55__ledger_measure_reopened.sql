-- How many times the office reopened a measure after 销号 (回头看): statistics count such a
-- measure as reopened, not as new.
alter table measure add column reopened int not null default 0;
