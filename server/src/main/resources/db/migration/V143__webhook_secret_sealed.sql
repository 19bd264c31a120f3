-- Webhook secrets may be stored sealed (AES-GCM under taizhang.webhooks.secret-key, kept outside the
-- database): the sealed text is longer than the secret, and a flag tells sealed rows from rows kept
-- as given (no key configured, or written before one was).
alter table webhook alter column secret set data type varchar(1200);
alter table webhook add column secret_sealed boolean default false not null;
