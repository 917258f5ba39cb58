-- RAG rules as councils write them (issue 15): "green on, above or within 5% of target, amber
-- 5-10% short, red beyond". A rule is a green tolerance and an amber tolerance, each counted
-- from the target on the side where a figure falls short, each none, an amount in the
-- indicator's unit (ABSOLUTE) or a percentage of the target (PERCENTAGE).
--
-- Each council may set a default rule; a target either gives its own (rule_source TARGET: its
-- green tolerance here and the amber tolerance it already had) or follows its council's
-- (rule_source COUNCIL: its own tolerances are none). Set through IndicatorManagement.
--
-- Existing targets are rated exactly as before: a target with an amber tolerance keeps it as
-- its own rule with no green tolerance; a target with none gave no rule, so it follows its
-- council's, and no council has one yet (none is Beacon's first rule: no band at all).
create table council_rag_rule (
    council_id           bigint primary key references organisation_unit (id),
    green_tolerance_kind text not null check (green_tolerance_kind in ('NONE', 'ABSOLUTE', 'PERCENTAGE')),
    green_tolerance      numeric not null check (green_tolerance >= 0),
    amber_tolerance_kind text not null check (amber_tolerance_kind in ('NONE', 'ABSOLUTE', 'PERCENTAGE')),
    amber_tolerance      numeric not null check (amber_tolerance >= 0),
    check (green_tolerance_kind <> 'NONE' or green_tolerance = 0),
    check (amber_tolerance_kind <> 'NONE' or amber_tolerance = 0)
);

create trigger council_rag_rule_changed after insert or update or delete or truncate on council_rag_rule
    for each statement execute function record_data_change();

alter table target
    add column rule_source          text not null default 'TARGET' check (rule_source in ('TARGET', 'COUNCIL')),
    add column green_tolerance_kind text not null default 'NONE'
        check (green_tolerance_kind in ('NONE', 'ABSOLUTE', 'PERCENTAGE')),
    add column green_tolerance      numeric check (green_tolerance >= 0);

alter table target add constraint target_follows_council_with_no_tolerance_of_its_own
    check (rule_source = 'TARGET' or (tolerance_kind = 'NONE' and green_tolerance_kind = 'NONE'));

update target set rule_source = 'COUNCIL' where tolerance_kind = 'NONE';
