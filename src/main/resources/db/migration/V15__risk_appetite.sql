-- A council's risk appetite: the highest score it will tolerate for a risk, for each category
-- of risk it names and by default for every other. A risk whose current score is above the
-- score that applies to it is "above appetite" on the register, the heat map, the profile and
-- the cabinet report. Set on screen by a risk manager through RiskManagement; the category is
-- matched to a risk's without regard to case or spacing (the unique index says the same).
create table risk_appetite (
    council_id      bigint not null references organisation_unit (id),
    category        text check (category is null or length(btrim(category)) between 1 and 200),
    tolerable_score integer not null check (tolerable_score between 1 and 100)
);

create unique index risk_appetite_category
    on risk_appetite (council_id, lower(coalesce(regexp_replace(btrim(category), '\s+', ' ', 'g'), '')));

create trigger risk_appetite_changed after insert or update or delete or truncate on risk_appetite
    for each statement execute function record_data_change();
