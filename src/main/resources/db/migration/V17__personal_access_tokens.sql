-- Personal access tokens (issue 13): an administrator issues one to a person for an API client,
-- which then acts as that person, with the roles they hold at the time of each call. Beacon keeps
-- only the SHA-256 of the secret (a token is 32 random bytes, so a fast hash is enough: there is
-- nothing to guess), the first characters to tell tokens apart, when it was last used, and who
-- issued and revoked it. A revoked token is kept, so that the audit trail can still name it.
-- No page is kept for a token, so its table moves no data version (V11): marking a token used
-- must not drop every kept page.
create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id),
    name         text not null check (length(name) between 1 and 100 and name !~ '[[:cntrl:]]'),
    secret_hash  text not null unique check (secret_hash ~ '^[0-9a-f]{64}$'),
    hint         text not null check (length(hint) <= 20),
    created_at   timestamptz not null default now(),
    created_by   text not null,
    expires_on   date,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text,
    check ((revoked_at is null) = (revoked_by is null))
);

create index api_token_of_person on api_token (user_id);
