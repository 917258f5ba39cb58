-- Files uploaded for an import that updates (issue 13): Beacon shows what the import would change
-- and saves nothing until the person confirms. The files wait here meanwhile, in the database
-- rather than in one instance's memory, so that the confirmation may reach any instance. The
-- fingerprint is of the changes the person was shown: a confirmation whose files would now change
-- something else is shown the new preview instead of being saved. Uploads are kept for a day at
-- most. No page is kept for an upload, so its tables move no data version (V11).
create table import_upload (
    id          uuid primary key,
    account_id  bigint references app_user (id) on delete cascade,
    person      text not null,
    uploaded_at timestamptz not null default now(),
    fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$')
);

create table import_upload_file (
    upload_id uuid not null references import_upload (id) on delete cascade,
    position  int not null,
    name      text not null check (length(name) between 1 and 255),
    content   bytea not null,
    primary key (upload_id, position)
);

create index import_upload_by_age on import_upload (uploaded_at);
