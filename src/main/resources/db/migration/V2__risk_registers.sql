-- Risk and opportunity registers on the organisation tree, scored on each council's matrix.

create table risk_matrix (
    council_id                bigint primary key references organisation_unit (id),
    size                      integer not null check (size between 2 and 10),
    impact_labels             text[] not null,
    opportunity_impact_labels text[] not null,
    likelihood_labels         text[] not null,
    version                   integer not null default 0,
    check (cardinality(impact_labels) = size and cardinality(opportunity_impact_labels) = size
        and cardinality(likelihood_labels) = size)
);

create table risk_band (
    council_id bigint not null references risk_matrix (council_id),
    from_score integer not null check (from_score >= 1),
    to_score   integer not null,
    level      text not null,
    colour     text not null check (colour in ('RED', 'AMBER', 'GREEN', 'GREY')),
    primary key (council_id, from_score),
    check (to_score >= from_score)
);

create table risk_register (
    id                   bigint generated always as identity primary key,
    code                 text not null unique,
    name                 text not null,
    kind                 text not null check (kind in ('CORPORATE', 'DIRECTORATE', 'SERVICE', 'PROJECT')),
    organisation_unit_id bigint not null references organisation_unit (id),
    escalates_to_id      bigint references risk_register (id),
    check (escalates_to_id is null or escalates_to_id <> id)
);

create table risk (
    id                   bigint generated always as identity primary key,
    reference            text not null unique,
    register_id          bigint not null references risk_register (id),
    kind                 text not null check (kind in ('RISK', 'OPPORTUNITY')),
    title                text not null,
    description          text,
    category             text,
    consequences         text,
    owner                text,
    review_months        integer not null default 3 check (review_months between 1 and 36),
    next_review          date,
    status               text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    response             text check (response in ('TREAT', 'TOLERATE', 'TRANSFER', 'TERMINATE')),
    restricted           boolean not null default false,
    restricted_fields    text[] not null default '{}',
    direction_as_printed text,
    note                 text,
    merged_into_id       bigint references risk (id),
    version              integer not null default 0,
    check (merged_into_id is null or merged_into_id <> id)
);

create table risk_assessment (
    id                     bigint generated always as identity primary key,
    risk_id                bigint not null references risk (id),
    assessed_on            date not null,
    reporting_period       text not null,
    reporting_period_start date not null,
    inherent_impact        integer,
    inherent_likelihood    integer,
    inherent_score         integer,
    current_impact         integer,
    current_likelihood     integer,
    current_score          integer,
    residual_impact        integer,
    residual_likelihood    integer,
    residual_score         integer,
    target_date            date,
    rating_as_printed      text,
    comment                text,
    unique (risk_id, assessed_on),
    check (target_date is null or target_date >= assessed_on),
    check ((inherent_impact is null) = (inherent_likelihood is null)
        and (inherent_impact is null or inherent_score = inherent_impact * inherent_likelihood)),
    check ((current_impact is null) = (current_likelihood is null)
        and (current_impact is null or current_score = current_impact * current_likelihood)),
    check ((residual_impact is null) = (residual_likelihood is null)
        and (residual_impact is null or residual_score = residual_impact * residual_likelihood)),
    check (inherent_score is not null or current_score is not null or residual_score is not null
        or rating_as_printed is not null)
);
create index risk_assessment_risk on risk_assessment (risk_id, reporting_period_start, assessed_on);

create table risk_control (
    id            bigint generated always as identity primary key,
    risk_id       bigint not null references risk (id),
    position      integer not null,
    control       text not null,
    effectiveness text not null default 'NOT_ASSESSED'
        check (effectiveness in ('EFFECTIVE', 'PARTIALLY_EFFECTIVE', 'INEFFECTIVE', 'NOT_ASSESSED'))
);

create table risk_action (
    id       bigint generated always as identity primary key,
    risk_id  bigint not null references risk (id),
    position integer not null,
    action   text not null,
    owner    text,
    due      date,
    status   text not null default 'OPEN' check (status in ('NOT_STARTED', 'OPEN', 'COMPLETE', 'CANCELLED')),
    progress text
);

create table risk_link (
    id                   bigint generated always as identity primary key,
    risk_id              bigint not null references risk (id),
    indicator_id         bigint references indicator (id),
    scorecard_section_id bigint references scorecard_section (id),
    note                 text,
    check ((indicator_id is null) <> (scorecard_section_id is null))
);

-- Every move between registers, so a risk's path up and down the tree is never lost.
create table risk_register_move (
    id               bigint generated always as identity primary key,
    risk_id          bigint not null references risk (id),
    from_register_id bigint not null references risk_register (id),
    to_register_id   bigint not null references risk_register (id),
    direction        text not null check (direction in ('ESCALATED', 'DE_ESCALATED')),
    reason           text not null,
    moved_by         text not null,
    moved_at         timestamptz not null default now()
);

-- An append-only record of changes. Rows can be added, never changed or removed.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    actor        text not null,
    action       text not null,
    subject_type text not null,
    subject      text not null,
    before       text,
    after        text
);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
