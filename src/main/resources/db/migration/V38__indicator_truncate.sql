-- Emptying a table keyed by indicator (TRUNCATE) names no rows, so the triggers of V37, which
-- record the indicators a statement wrote from its rows, cannot tell which indicators changed. It
-- records indicator 0, which no indicator has (identities start at 1): whoever asks which indicators
-- changed since a snapshot is then told it cannot be known, and drops what it kept for every one.
create function record_indicator_truncate() returns trigger language plpgsql as $$
begin
    insert into data_change_indicator (indicator_id) values (0) on conflict do nothing;
    return null;
end $$;

do $$
declare
    keyed constant text[] := array['indicator', 'indicator_version', 'indicator_earlier_definition', 'target',
                                   'measurement', 'benchmark', 'comparator_value'];
    one text;
begin
    foreach one in array keyed loop
        execute format('create trigger %1$s_indicator_truncated after truncate on %1$I
                        for each statement execute function record_indicator_truncate()', one);
    end loop;
end $$;
