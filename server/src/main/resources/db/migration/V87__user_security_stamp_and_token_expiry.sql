-- Bumped whenever what a user may do changes (enabled, roles, organisation, password): every
-- session compares the stamp it signed in with on each request, on every node, and refreshes
-- its rights or ends.
alter table app_user add column security_stamp bigint not null default 0;

-- A password that someone else set (an administrator) is replaced by its owner at the next sign-in.
alter table app_user add column must_change_password boolean not null default false;

-- Tokens no longer live for ever. Those issued without an end get 90 days from this upgrade,
-- so that the clients using them have time to replace them.
update api_token set expires_at = current_timestamp + interval '90' day where expires_at is null;

create index api_token_user on api_token (user_id);

-- failed_logins and locked_until are no longer read or written: sign-in attempts are counted per
-- user and address in login_throttle (V88), which cannot lock a user's tokens or usual address.

-- Sessions signed in before this upgrade hold a principal without a stamp: they end, and their
-- users sign in again under the checks above.
delete from spring_session_attributes;
delete from spring_session;
