-- user: a user who signs in only through the body's own identity system (OIDC, CAS, LDAP) has
-- no local password.
alter table app_user alter column password_hash drop not null;
