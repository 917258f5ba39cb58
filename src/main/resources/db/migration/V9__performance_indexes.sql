-- Performance at the size of a large council (issue 7).
--
-- 1. A count of committed changes to what a quarter's evaluation reads (indicators, their targets,
--    measurements and benchmarks). Every instance reads it before using what it has cached, so a
--    cache is never stale after an import or an edit, whichever instance made it and whether or not
--    the code that wrote published an event. Each writing transaction adds one row to data_change
--    (its own transaction id, so no two writers wait on each other); the version is the rows counted
--    plus those already folded into data_change_total.
create table data_change (
    transaction_id xid8 primary key default pg_current_xact_id()
);

create table data_change_total (
    id     boolean primary key default true check (id),
    folded bigint not null
);
insert into data_change_total (folded) values (0);

create function record_data_change() returns trigger language plpgsql as $$
begin
    -- once a transaction: an import runs thousands of statements
    if current_setting('beacon.data_changed', true) is distinct from pg_current_xact_id()::text then
        insert into data_change default values on conflict do nothing;
        perform set_config('beacon.data_changed', pg_current_xact_id()::text, true);
    end if;
    return null;
end $$;

create trigger indicator_changed after insert or update or delete or truncate on indicator
    for each statement execute function record_data_change();
create trigger target_changed after insert or update or delete or truncate on target
    for each statement execute function record_data_change();
create trigger measurement_changed after insert or update or delete or truncate on measurement
    for each statement execute function record_data_change();
create trigger benchmark_changed after insert or update or delete or truncate on benchmark
    for each statement execute function record_data_change();

-- 2. The risk register reads the latest two assessments of each risk on one register.
create index risk_register_risks on risk (register_id);
