-- Pages are kept rendered for one version of the data (issue 7), so the version must move
-- whenever anything a page shows changes: not only indicators, targets, figures and
-- benchmarks (V9) but the organisation, scorecards, risks, reports and the collection.
-- Every table gets the statement trigger of V9 except those a page never shows: people's
-- accounts and roles (a person's roles are read afresh on every request and decide which
-- audience's page they get), sessions, the scheduler's locks, the audit trail, the history
-- of replaced figures (written only with measurement, which counts) and the count itself.
-- DataVersionTriggersIntegrationTest fails when a table is added without a trigger.
do $$
declare
    t text;
begin
    for t in
        select c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema()
          and c.relkind = 'r'
          and c.relname not in ('app_user', 'role_grant', 'spring_session', 'spring_session_attributes',
                                'shedlock', 'audit_event', 'measurement_history', 'data_change',
                                'data_change_total', 'flyway_schema_history')
          and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_changed')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function record_data_change()', t || '_changed', t);
    end loop;
end $$;
