-- The audit trail is a hash chain: seq is dense, each event stores its predecessor's hash
-- and its own. audit_chain_head is locked by every writer, so concurrent transactions
-- append one after another and never fork the chain.
create table audit_event (
    seq          bigint primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64) not null,
    action       varchar(60) not null,
    object_type  varchar(40) not null,
    object_id    bigint,
    before_json  varchar,
    after_json   varchar,
    prev_hash    varchar(64) not null,
    hash         varchar(64) not null
);
create index audit_event_object on audit_event (object_type, object_id);

create table audit_chain_head (
    id         int primary key,
    last_seq   bigint not null,
    last_hash  varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- One row per scheduled job: a node runs a job only while it holds the row's lease.
create table job_lock (
    name          varchar(60) primary key,
    locked_until  timestamp with time zone not null,
    locked_by     varchar(100) not null
);
