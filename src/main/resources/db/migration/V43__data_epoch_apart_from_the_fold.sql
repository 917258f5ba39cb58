-- Folding the counts of data_change (V9), data_change_table (V35) and data_change_indicator (V37) no
-- longer starts a new epoch (issue 18). The epoch told a restored backup from the live data by the
-- transaction that last wrote data_change_total's row; the fold writes that row too, so every fold
-- (one in a thousand writing transactions) dropped every page kept as rendered and every evaluation
-- kept, as a restore must. The epoch is now this table's identity and its row's transaction, which
-- only a restore writes: a whole restore creates the table anew, a restore of the data writes the
-- row. Nothing else ever writes it.
create table data_change_epoch (
    only_row boolean primary key default true check (only_row),
    begun_at timestamptz not null default now()
);
insert into data_change_epoch default values;

-- A fold deletes the rows of data_change_indicator of transactions older than the previous fold's
-- horizon, not its own: what was kept for a snapshot taken since the previous fold can still be told
-- which indicators changed, so a fold drops nothing that was kept a moment before it.
alter table data_change_indicator_horizon add column next_below xid8 not null default '0'::xid8;
