-- An audited change no longer locks audit_chain_head for the rest of its transaction: it writes its
-- events here, unhashed, keyed by its transaction's batch and their order in it. Right after the
-- commit a single sealer per node moves a batch, a chunk at a time, into audit_event, hashing each
-- event on its predecessor; the head is locked only for one chunk, by sealers only.
create table audit_pending (
    batch        varchar(36) not null,
    batch_pos    int not null,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64) not null,
    action       varchar(60) not null,
    object_type  varchar(40) not null,
    object_id    bigint,
    before_json  varchar,
    after_json   varchar,
    primary key (batch, batch_pos)
);

-- The chain's head as it was at a time, signed with a key that lives outside the database
-- (taizhang.audit.checkpoint-key): whoever rewrites events and recomputes their hashes in SQL
-- cannot sign the new head. n is dense, so a deleted checkpoint shows.
create table audit_checkpoint (
    n          bigint primary key,
    seq        bigint not null,
    hash       varchar(64) not null,
    signed_at  timestamp with time zone not null,
    mac        varchar(64) not null
);
