-- The REST API's refresh tokens. Only a SHA-256 of each token is kept, so a copy of this table lets nobody in.
-- Every refresh replaces the token with a new one of the same family (rotation); a token presented again after it
-- was replaced means a copy is in someone else's hands, and the whole family is revoked.
create table refresh_token (
    id          bigint generated always as identity primary key,
    account_id  bigint       not null references user_account (id) on delete cascade,
    family_id   uuid         not null,
    token_hash  varchar(64)  not null check (token_hash ~ '^[0-9a-f]{64}$'),
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    replaced_at timestamptz,
    revoked_at  timestamptz,
    constraint refresh_token_hash_key unique (token_hash),
    constraint refresh_token_order check (expires_at > issued_at)
);
-- A family has at most one token that can still be used: two refreshes racing with the same token cannot both win.
create unique index refresh_token_one_live_per_family on refresh_token (family_id)
    where replaced_at is null and revoked_at is null;
create index refresh_token_account_idx on refresh_token (account_id, expires_at);
