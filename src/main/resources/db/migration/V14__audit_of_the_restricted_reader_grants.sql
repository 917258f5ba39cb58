-- V13 gave everyone who held a role the restricted reader's permission over the same parts of the
-- council, so that nobody lost what their work needed when seeing restricted items became a
-- permission of its own. Those grants were made by the migration, not by a person, and the audit
-- trail did not say so: it does now, one entry a grant, with the reason. (No person could have been
-- given the role between V13 and V14 on a database that ran a release, since V13 and V14 are
-- released together; on such a database every restricted reader's grant comes from V13.)
insert into audit_event (actor, action, subject_type, subject, after, reason)
select 'Beacon (migration V13)', 'ROLE_GRANTED', 'USER', a.username,
       'Restricted reader for ' || coalesce(u.name, 'every council'),
       'Seeing restricted items became a permission of its own; given to everyone who held a role, over the same part of the council'
from role_grant g
join app_user a on a.id = g.user_id
left join organisation_unit u on u.id = g.organisation_unit_id
where g.role = 'RESTRICTED_READER';
