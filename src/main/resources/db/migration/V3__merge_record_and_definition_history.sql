-- Who merged a duplicate risk, when and why, shown on both risks' pages.
alter table risk add column merge_reason text;
alter table risk add column merged_by text;
alter table risk add column merged_at timestamptz;

-- Every earlier version of an indicator's definition, kept when a re-import or an edit changes it,
-- so that a changed polarity, unit or target basis never loses what was there before.
create table indicator_version (
    id                   bigint generated always as identity primary key,
    indicator_id         bigint not null references indicator (id),
    version              integer not null,
    replaced_at          timestamptz not null default now(),
    code                 text not null,
    title                text not null,
    definition           text,
    organisation_unit_id bigint not null,
    unit                 text not null,
    decimal_places       integer not null,
    polarity             text not null,
    frequency            text not null,
    accumulation         text not null,
    arrears_months       integer not null,
    comparison           text not null,
    owner_name           text,
    owner_email          text,
    data_source          text,
    is_public            boolean not null,
    note                 text,
    unique (indicator_id, version)
);

create function keep_indicator_version() returns trigger language plpgsql as $$
begin
    insert into indicator_version (indicator_id, version, code, title, definition, organisation_unit_id, unit,
        decimal_places, polarity, frequency, accumulation, arrears_months, comparison, owner_name, owner_email,
        data_source, is_public, note)
    values (old.id, old.version, old.code, old.title, old.definition, old.organisation_unit_id, old.unit,
        old.decimal_places, old.polarity, old.frequency, old.accumulation, old.arrears_months, old.comparison,
        old.owner_name, old.owner_email, old.data_source, old.is_public, old.note);
    return new;
end;
$$;

create trigger indicator_keeps_versions before update on indicator
    for each row when (old is distinct from new) execute function keep_indicator_version();
