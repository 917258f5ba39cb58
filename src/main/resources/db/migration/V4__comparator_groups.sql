-- Comparator groups a council defines (CIPFA nearest neighbours, a region, all English counties)
-- and each member's value, so that Beacon works out rank of N and quartile itself.
create table comparator_group (
    id   bigint generated always as identity primary key,
    code text not null unique,
    name text not null
);

create table comparator_value (
    id                bigint generated always as identity primary key,
    group_id          bigint not null references comparator_group (id),
    indicator_id      bigint not null references indicator (id),
    data_period       text not null,
    data_period_end   date not null,
    member            text not null,
    is_council        boolean not null default false,
    value             numeric not null,
    source            text,
    unique (group_id, indicator_id, data_period, member)
);
create index comparator_value_indicator on comparator_value (indicator_id, data_period);
