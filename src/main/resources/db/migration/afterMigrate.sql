-- After every migration: the application's own database role (when it is not the owner that runs
-- the migrations) may read and write Beacon's tables but can only add to the audit trail.
do $$
begin
    if exists (select from pg_roles where rolname = '${applicationRole}') and '${applicationRole}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${applicationRole}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), '${applicationRole}');
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${applicationRole}');
        execute format('revoke update, delete, truncate on audit_event from %I', '${applicationRole}');
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', '${applicationRole}');
    end if;
end
$$;
