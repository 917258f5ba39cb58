-- People and their roles, sessions shared by every instance, the quarterly data collection and
-- the history of corrected figures.

create table app_user (
    id                   bigint generated always as identity primary key,
    username             text not null unique check (username = lower(username)),
    display_name         text not null,
    email                text unique check (email = lower(email)),
    password_hash        text,
    must_change_password boolean not null default false,
    enabled              boolean not null default true,
    failed_attempts      integer not null default 0,
    locked_until         timestamptz,
    oidc_issuer          text,
    oidc_subject         text,
    created_at           timestamptz not null default now(),
    version              integer not null default 0,
    unique (oidc_issuer, oidc_subject)
);

-- A role held over an organisation unit and everything below it; no unit means every council.
create table role_grant (
    id                   bigint generated always as identity primary key,
    user_id              bigint not null references app_user (id),
    role                 text not null check (role in ('ADMINISTRATOR', 'PERFORMANCE_OFFICER', 'INDICATOR_OWNER',
                                                        'APPROVER', 'RISK_MANAGER', 'READER')),
    organisation_unit_id bigint references organisation_unit (id),
    unique nulls not distinct (user_id, role, organisation_unit_id)
);

-- Spring Session's tables (schema-postgresql.sql of spring-session-jdbc).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled job runs on one instance at a time.
create table shedlock (
    name       varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);

create table reporting_cycle (
    id         bigint generated always as identity primary key,
    council_id bigint not null references organisation_unit (id),
    period     text not null,
    due_date   date not null,
    state      text not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    opened_by  text not null,
    opened_at  timestamptz not null default now(),
    closed_at  timestamptz,
    unique (council_id, period)
);

-- One figure asked of an indicator's owner in a cycle, and its way through submission and sign-off.
create table data_request (
    id                  bigint generated always as identity primary key,
    cycle_id            bigint not null references reporting_cycle (id),
    indicator_id        bigint not null references indicator (id),
    data_period         text not null,
    owner_email         text,
    state               text not null default 'REQUESTED'
                            check (state in ('REQUESTED', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    value               numeric,
    numerator           numeric,
    denominator         numeric,
    performance_details text,
    current_activity    text,
    future_activity     text,
    correction_reason   text,
    submitted_by        text,
    submitted_by_account bigint references app_user (id),
    submitted_at        timestamptz,
    decided_by          text,
    decided_at          timestamptz,
    return_reason       text,
    notified_at         timestamptz,
    reminded_at         timestamptz,
    overdue_notified_at timestamptz,
    version             integer not null default 0,
    unique (cycle_id, indicator_id, data_period),
    check ((numerator is null) = (denominator is null)),
    check (denominator is null or (denominator > 0 and numerator >= 0 and numerator <= denominator))
);
create index data_request_owner on data_request (owner_email, state);

-- A corrected figure keeps the one it replaced, with who changed it and why.
alter table measurement add column change_reason text;
alter table measurement add column changed_by text;

create table measurement_history (
    id                  bigint generated always as identity primary key,
    measurement_id      bigint not null,
    indicator_id        bigint not null,
    data_period         text not null,
    reporting_period    text not null,
    value               numeric,
    numerator           numeric,
    denominator         numeric,
    performance_details text,
    current_activity    text,
    future_activity     text,
    assessed_status     text,
    version             integer not null,
    recorded_at         timestamptz not null,
    changed_by          text,
    change_reason       text,
    replaced_at         timestamptz not null default now()
);
create index measurement_history_indicator on measurement_history (indicator_id, data_period);

create function measurement_keeps_history() returns trigger language plpgsql as $$
begin
    insert into measurement_history (measurement_id, indicator_id, data_period, reporting_period, value, numerator,
        denominator, performance_details, current_activity, future_activity, assessed_status, version, recorded_at,
        changed_by, change_reason)
    values (old.id, old.indicator_id, old.data_period, old.reporting_period, old.value, old.numerator,
        old.denominator, old.performance_details, old.current_activity, old.future_activity, old.assessed_status,
        old.version, old.recorded_at, old.changed_by, old.change_reason);
    return new;
end;
$$;

create trigger measurement_history_on_update before update on measurement
    for each row when (old.value is distinct from new.value or old.numerator is distinct from new.numerator
        or old.denominator is distinct from new.denominator
        or old.performance_details is distinct from new.performance_details
        or old.current_activity is distinct from new.current_activity
        or old.future_activity is distinct from new.future_activity
        or old.assessed_status is distinct from new.assessed_status)
    execute function measurement_keeps_history();

create index audit_event_occurred on audit_event (occurred_at);
create index audit_event_subject on audit_event (subject_type, subject);
