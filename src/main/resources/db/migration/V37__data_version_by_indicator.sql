-- Which indicators each writing transaction changed (issue 18), beside which tables (V35). What is
-- worked out for each indicator (its performance in a quarter, the flags of its figures, its process
-- limits and sparkline) then need be worked out again only for the indicators a change touched: a
-- figure entered for one indicator keeps the other 1,999 of a large council.
--
-- Each table keyed by indicator adds one row a transaction and indicator, from the rows a statement
-- wrote (transition tables, so an import of a million figures adds one row an indicator, not a
-- million). Rows carry the transaction's identity, so whoever kept something for one snapshot of the
-- data can ask which indicators changed in transactions committed since, and only those: a
-- transaction's rows are visible exactly when its other writes are. As for data_change, writers never
-- wait on each other.
create table data_change_indicator (
    transaction_id xid8   not null default pg_current_xact_id(),
    indicator_id   bigint not null,
    primary key (transaction_id, indicator_id)
);

-- Rows of transactions before this are folded away (deleted) with the counts of V9 and V35: what was
-- kept for a snapshot older than it cannot be told which indicators changed since, and is dropped.
create table data_change_indicator_horizon (
    only_row boolean primary key default true check (only_row),
    below    xid8    not null
);
insert into data_change_indicator_horizon (below) values ('0'::xid8);

create function record_indicator_change() returns trigger language plpgsql as $$
begin
    -- the name of the column holding the indicator's identity is the trigger's argument
    if tg_op = 'UPDATE' then
        execute format('insert into data_change_indicator (indicator_id)
                        select %1$I from changed union select %1$I from changed_before
                        on conflict do nothing', tg_argv[0]);
    else
        execute format('insert into data_change_indicator (indicator_id)
                        select distinct %1$I from changed on conflict do nothing', tg_argv[0]);
    end if;
    return null;
end $$;

do $$
declare
    keyed constant text[][] := array[
        ['indicator', 'id'], ['indicator_version', 'indicator_id'], ['indicator_earlier_definition', 'indicator_id'],
        ['target', 'indicator_id'], ['measurement', 'indicator_id'], ['benchmark', 'indicator_id'],
        ['comparator_value', 'indicator_id']];
    one text[];
begin
    foreach one slice 1 in array keyed loop
        execute format('create trigger %1$s_indicator_inserted after insert on %1$I
                        referencing new table as changed for each statement
                        execute function record_indicator_change(%2$L)', one[1], one[2]);
        execute format('create trigger %1$s_indicator_updated after update on %1$I
                        referencing old table as changed_before new table as changed for each statement
                        execute function record_indicator_change(%2$L)', one[1], one[2]);
        execute format('create trigger %1$s_indicator_deleted after delete on %1$I
                        referencing old table as changed for each statement
                        execute function record_indicator_change(%2$L)', one[1], one[2]);
    end loop;
end $$;
