-- E-mails to owners about data requests wait here until they are sent (issue 17), instead of
-- being sent inside the request that caused them: opening a quarter, naming an owner and
-- returning figures put their e-mails here in the same transaction as the change and answer at
-- once; the morning job puts its reminders and overdue notices here too. A worker on every
-- instance takes waiting rows with "for update skip locked", so that two instances never send
-- the same e-mail, sends them, records on the requests what happened (last_mail_*, notified_at,
-- reminded_at, overdue_notified_at, as before) and deletes the rows.
-- One row per request and kind of e-mail: putting one that is already waiting does nothing.
-- No page that is kept rendered reads it, so it has no data-change trigger (V11).
create table owner_mail_outbox (
    id         bigint generated always as identity primary key,
    request_id bigint      not null references data_request (id) on delete cascade,
    kind       text        not null check (kind in ('REQUEST', 'REMINDER', 'OVERDUE', 'RETURNED')),
    queued_at  timestamptz not null default now(),
    unique (request_id, kind)
);
