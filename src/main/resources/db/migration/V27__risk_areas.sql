-- Risk areas (issue 20): the few headings under which a council's cabinet sees the many risks its
-- directorates and projects enter ("Safeguarding vulnerable children", "Financial control"), each
-- with the officer who leads it and a summary of its mitigations. A risk belongs to one area of its
-- own council, or to none ("No area"). An area's level is the highest level of its open risks,
-- unless an officer set one, with the reason (both are kept and shown, as an indicator's assessed
-- status beside its rule status). "since" is the day the council began reporting the area: a
-- cabinet report counts the area as new when that day falls in the report's quarter. A retired area
-- is no longer reported. Codes are unique across Beacon, as registers' codes and risks' references
-- are, so that a code in an address or an import names one area.
create table risk_area (
    id               bigint generated always as identity primary key,
    council_id       bigint not null references organisation_unit (id),
    code             text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,29}$'),
    title            text not null check (length(btrim(title)) between 1 and 300),
    lead             text check (length(lead) <= 300),
    mitigations      text check (length(mitigations) <= 20000),
    set_level        text check (length(btrim(set_level)) between 1 and 60),
    set_level_reason text check (length(btrim(set_level_reason)) between 1 and 2000),
    since            date not null,
    retired_on       date,
    version          integer not null default 0,
    check ((set_level is null) = (set_level_reason is null))
);

create unique index risk_area_title on risk_area (council_id, lower(regexp_replace(btrim(title), '\s+', ' ', 'g')));

alter table risk add column area_id bigint references risk_area (id);

create index risk_in_area on risk (area_id);

create trigger risk_area_changed after insert or update or delete or truncate on risk_area
    for each statement execute function record_data_change();
