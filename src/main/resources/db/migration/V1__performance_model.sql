-- The organisation tree, indicators with their targets, measurements and benchmarks, and scorecards.
-- Periods are stored as their canonical key (e.g. 'Q2 2019/20', 'AY 2018/19', '30/09/2019') with the
-- dates they span, so that SQL can order and filter them without knowing the period calendar.

create table organisation_unit (
    id         bigint generated always as identity primary key,
    code       text not null unique,
    name       text not null,
    kind       text not null check (kind in ('COUNCIL', 'DIRECTORATE', 'SERVICE')),
    parent_id  bigint references organisation_unit (id),
    check ((kind = 'COUNCIL') = (parent_id is null))
);

create table indicator (
    id                   bigint generated always as identity primary key,
    code                 text not null unique,
    title                text not null,
    definition           text,
    organisation_unit_id bigint not null references organisation_unit (id),
    unit                 text not null,
    decimal_places       integer not null default 0 check (decimal_places between 0 and 6),
    polarity             text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_RANGE', 'NO_POLARITY')),
    frequency            text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL', 'IRREGULAR')),
    accumulation         text not null default 'SNAPSHOT' check (accumulation in ('SNAPSHOT', 'CUMULATIVE_YTD')),
    arrears_months       integer not null default 0 check (arrears_months >= 0),
    comparison           text not null check (comparison in ('PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR')),
    owner_name           text,
    owner_email          text,
    data_source          text,
    is_public            boolean not null default true,
    note                 text,
    version              integer not null default 0
);

create table target (
    id                 bigint generated always as identity primary key,
    indicator_id       bigint not null references indicator (id),
    kind               text not null check (kind in ('NONE', 'VALUE', 'RANGE', 'PROFILE', 'MULTI_YEAR_TOTAL', 'QUARTILE')),
    applies_from       text not null,
    applies_from_start date not null,
    applies_to         text,
    applies_to_end     date,
    value              numeric,
    low                numeric,
    high               numeric,
    quartile           integer check (quartile between 1 and 4),
    total_from         date,
    total_to           date,
    tolerance_kind     text not null default 'NONE' check (tolerance_kind in ('NONE', 'ABSOLUTE', 'PERCENTAGE')),
    tolerance          numeric check (tolerance >= 0),
    text_as_printed    text,
    note               text,
    check (applies_to_end is null or applies_to_end >= applies_from_start),
    check (kind <> 'RANGE' or (low is not null and high is not null and low <= high)),
    check (kind not in ('VALUE', 'PROFILE') or value is not null),
    check (kind <> 'MULTI_YEAR_TOTAL' or (value is not null and total_from is not null and total_to > total_from)),
    check (kind <> 'QUARTILE' or quartile is not null)
);
create index target_indicator on target (indicator_id, applies_from_start);

create table measurement (
    id                     bigint generated always as identity primary key,
    indicator_id           bigint not null references indicator (id),
    data_period            text not null,
    data_period_start      date not null,
    data_period_end        date not null,
    reporting_period       text not null,
    reporting_period_start date not null,
    value                  numeric,
    numerator              numeric,
    denominator            numeric,
    provisional            boolean not null default false,
    estimated              boolean not null default false,
    value_as_printed       text,
    performance_details    text,
    current_activity       text,
    future_activity        text,
    assessed_status        text check (assessed_status in ('RED', 'AMBER', 'GREEN', 'NOT_RATED')),
    assessment_reason      text,
    note                   text,
    version                integer not null default 0,
    recorded_at            timestamptz not null default now(),
    unique (indicator_id, data_period),
    check (assessed_status is null or length(trim(assessment_reason)) > 0),
    check ((numerator is null) = (denominator is null)),
    check (denominator is null or (denominator > 0 and numerator >= 0 and numerator <= denominator)),
    check (value is not null or numerator is not null or assessed_status is not null)
);
create index measurement_indicator_reporting on measurement (indicator_id, reporting_period_start);

create table benchmark (
    id              bigint generated always as identity primary key,
    indicator_id    bigint not null references indicator (id),
    data_period     text not null,
    data_period_end date not null,
    comparator      text not null check (comparator in ('NATIONAL', 'REGIONAL', 'STATISTICAL_NEIGHBOURS')),
    value           numeric,
    rank            integer check (rank >= 1),
    rank_of         integer check (rank_of >= 1),
    quartile        integer check (quartile between 1 and 4),
    source          text,
    note            text,
    unique (indicator_id, data_period, comparator),
    check (rank is null or rank_of is null or rank <= rank_of)
);

create table scorecard (
    id                   bigint generated always as identity primary key,
    code                 text not null unique,
    name                 text not null,
    organisation_unit_id bigint not null references organisation_unit (id),
    kind                 text not null check (kind in ('CORPORATE', 'DIRECTORATE', 'SERVICE')),
    current_period       text
);

create table scorecard_section (
    id           bigint generated always as identity primary key,
    scorecard_id bigint not null references scorecard (id),
    title        text not null,
    kind         text not null check (kind in ('PERSPECTIVE', 'OBJECTIVE', 'AREA_OF_FOCUS')),
    position     integer not null,
    unique (scorecard_id, title)
);

create table scorecard_indicator (
    section_id   bigint not null references scorecard_section (id),
    indicator_id bigint not null references indicator (id),
    position     integer not null,
    primary key (section_id, indicator_id)
);
