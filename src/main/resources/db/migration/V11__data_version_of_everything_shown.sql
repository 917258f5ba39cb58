-- Pages are kept rendered for one version of the data (issue 7), so the version must move
-- whenever anything a kept page shows changes: not only indicators, targets, figures and
-- benchmarks (V9) but the organisation, scorecards and risks. Every table gets the
-- statement trigger of V9 except those no kept page and no cached evaluation reads:
-- people's accounts and roles (a person's roles are read afresh on every request and
-- decide which audience's page they get), sessions, the scheduler's locks, the audit
-- trail, the history of replaced figures (written only with measurement, which counts),
-- the count itself, and the collection's cycles and requests and the cabinet reports'
-- narratives and snapshots (read only by their own pages, which are not kept: counting
-- them would drop every kept page at each submission the week before Cabinet). A table
-- that a kept page comes to read must get the trigger.
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
                                'data_change_total', 'flyway_schema_history', 'reporting_cycle',
                                'data_request', 'report_narrative', 'published_report')
          and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_changed')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function record_data_change()', t || '_changed', t);
    end loop;
end $$;
