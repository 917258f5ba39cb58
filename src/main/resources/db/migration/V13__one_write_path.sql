-- Issue 12, one write path.
--
-- The audit trail keeps the reason a person gave for a change beside its before and after,
-- and is searched by the code or reference of what changed (an indicator's history, a risk's).
alter table audit_event add column reason text;
create index audit_event_subject_only on audit_event (subject, occurred_at);

-- Seeing restricted items (Part II risks and fields, Part B, indicators not for publication)
-- becomes a permission of its own, held over a part of the council. Until now anyone who held
-- any role saw every council's restricted items; so that nobody loses what their work needs,
-- everyone who holds a role is given the permission over the same part of the council as each
-- of their roles. Administrators see everything without it.
alter table role_grant drop constraint role_grant_role_check;
alter table role_grant add constraint role_grant_role_check
    check (role in ('ADMINISTRATOR', 'PERFORMANCE_OFFICER', 'INDICATOR_OWNER', 'APPROVER', 'RISK_MANAGER', 'READER',
                    'RESTRICTED_READER'));
insert into role_grant (user_id, role, organisation_unit_id)
select distinct user_id, 'RESTRICTED_READER', organisation_unit_id from role_grant where role <> 'ADMINISTRATOR'
on conflict do nothing;
