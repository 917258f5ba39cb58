-- An indicator's definition changes from a quarter on (issue 13): when a council changes how a
-- figure is measured or rated (the unit, decimals, polarity, frequency, accumulation, arrears,
-- what direction of travel compares with, and the words of the definition), figures reported
-- before that quarter keep being rated and shown under the definition they were reported under.
-- The indicator row holds the definition in use; each row here is an earlier one, in force for
-- the quarters before applies_until (its first day kept beside its key, as every period is) and
-- on or after the previous row's applies_until. A correction of the definition in use changes
-- the indicator row alone, as before.
create table indicator_earlier_definition (
    id                  bigint generated always as identity primary key,
    indicator_id        bigint not null references indicator (id),
    applies_until       text not null,
    applies_until_start date not null,
    definition          text,
    unit                text not null,
    decimal_places      integer not null check (decimal_places between 0 and 6),
    polarity            text not null,
    frequency           text not null,
    accumulation        text not null,
    arrears_months      integer not null check (arrears_months >= 0),
    comparison          text not null,
    reason              text not null check (length(btrim(reason)) between 1 and 2000),
    changed_by          text not null,
    changed_at          timestamptz not null default now(),
    unique (indicator_id, applies_until)
);

create index indicator_earlier_definition_indicator on indicator_earlier_definition (indicator_id, applies_until_start);

create trigger indicator_earlier_definition_changed after insert or update or delete or truncate
    on indicator_earlier_definition for each statement execute function record_data_change();
