-- The demo's clock: how many days the server's clock runs off the real one, kept at the demo's
-- first start so that later starts go on where its story is. No row: the real clock.
create table demo_clock (
    id           int primary key,
    offset_days  bigint not null,
    constraint demo_clock_one check (id = 1)
);
