-- 1. V11 was edited after it was committed (docs/migrations.md). As first committed it gave
-- the statement trigger of V9 to reporting_cycle, data_request, report_narrative and
-- published_report; as changed it leaves them out, for the reasons its comments give. A
-- database migrated with the first version still has the four triggers (and Beacon accepts
-- its old checksum of V11: SupersededMigrations). Dropping them here makes every database
-- the same, whichever V11 it ran.
drop trigger if exists reporting_cycle_changed on reporting_cycle;
drop trigger if exists data_request_changed on data_request;
drop trigger if exists report_narrative_changed on report_narrative;
drop trigger if exists published_report_changed on published_report;

-- 2. What happened to the last e-mail to the owner about each data request, so that the
-- quarter's page can say when one could not be sent and why, instead of only the log:
-- which e-mail it was, when Beacon tried, and the mail server's refusal in plain words
-- (null when the server accepted it). data_request still has no data-change trigger (V11).
alter table data_request
    add column last_mail_kind text check (last_mail_kind in ('REQUEST', 'REMINDER', 'OVERDUE', 'RETURNED')),
    add column last_mail_at timestamptz,
    add column last_mail_failure text,
    add check ((last_mail_kind is null) = (last_mail_at is null)),
    add check (last_mail_failure is null or last_mail_kind is not null);

-- E-mails sent before this migration were recorded only when the mail server accepted them:
-- the latest of those becomes the last e-mail. Failures before it were only logged.
update data_request set last_mail_kind = 'REQUEST', last_mail_at = notified_at
where notified_at is not null;
update data_request set last_mail_kind = 'REMINDER', last_mail_at = reminded_at
where reminded_at is not null and (last_mail_at is null or reminded_at >= last_mail_at);
update data_request set last_mail_kind = 'OVERDUE', last_mail_at = overdue_notified_at
where overdue_notified_at is not null and (last_mail_at is null or overdue_notified_at >= last_mail_at);
