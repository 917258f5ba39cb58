-- The triggers of V37 built their statement as text (EXECUTE format(...)), which PostgreSQL plans
-- again every time: an import that saves benchmarks or targets a statement a row paid for it on every
-- row. The same function in plain SQL is planned once a table (PL/pgSQL keeps a trigger function's
-- plans for each table it fires on), and records the same indicators: the identity column is the
-- trigger's argument, 'id' for the indicator itself and 'indicator_id' for the tables keyed by one.
create or replace function record_indicator_change() returns trigger language plpgsql as $$
begin
    if tg_argv[0] = 'id' then
        if tg_op = 'UPDATE' then
            insert into data_change_indicator (indicator_id)
            select id from changed union select id from changed_before
            on conflict do nothing;
        else
            insert into data_change_indicator (indicator_id)
            select distinct id from changed
            on conflict do nothing;
        end if;
    elsif tg_op = 'UPDATE' then
        insert into data_change_indicator (indicator_id)
        select indicator_id from changed union select indicator_id from changed_before
        on conflict do nothing;
    else
        insert into data_change_indicator (indicator_id)
        select distinct indicator_id from changed
        on conflict do nothing;
    end if;
    return null;
end $$;
