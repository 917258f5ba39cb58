-- Which tables each writing transaction changed (issue 18), beside the count of such transactions
-- (V9, V11). Pages are kept for one version of what they show: a page of risks need not be worked out
-- again when a figure is entered, nor the quarter's evaluations when a risk is reviewed. The trigger
-- every shown table has (record_data_change, V9 and V11) now also adds one row a transaction and
-- table to data_change_table; the count of a table's rows, with those folded into
-- data_change_table_total, only grows, so a page kept for the counts of the tables it reads is
-- current while they stay the same. As for data_change, writers never wait on each other: each adds
-- rows under its own transaction id.
create table data_change_table (
    transaction_id xid8 not null default pg_current_xact_id(),
    table_name     text not null,
    primary key (transaction_id, table_name)
);

create table data_change_table_total (
    table_name text primary key,
    folded     bigint not null
);

create or replace function record_data_change() returns trigger language plpgsql as $$
begin
    -- once a transaction, and once a transaction and table: an import runs thousands of statements
    if current_setting('beacon.data_changed', true) is distinct from pg_current_xact_id()::text then
        insert into data_change default values on conflict do nothing;
        perform set_config('beacon.data_changed', pg_current_xact_id()::text, true);
    end if;
    if current_setting('beacon.changed_' || tg_table_name, true) is distinct from pg_current_xact_id()::text then
        insert into data_change_table (table_name) values (tg_table_name) on conflict do nothing;
        perform set_config('beacon.changed_' || tg_table_name, pg_current_xact_id()::text, true);
    end if;
    return null;
end $$;
