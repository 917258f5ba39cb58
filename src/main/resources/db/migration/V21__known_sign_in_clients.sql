-- Where each account has signed in from (issue 19). After repeated failed sign-ins an account is
-- locked only to clients it has not signed in from successfully in the last days
-- (beacon.security.known-client-days), so a stranger's guesses cannot lock a person out of the
-- computers they use. A client is an IPv4 address or an IPv6 /64 (ClientAddress).
create table known_sign_in_client (
    user_id           bigint      not null references app_user (id) on delete cascade,
    client            varchar(64) not null,
    last_signed_in_at timestamptz not null,
    primary key (user_id, client)
);
