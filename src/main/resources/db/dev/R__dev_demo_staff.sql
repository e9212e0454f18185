-- Dev mode only (%dev.quarkus.flyway.locations): the people the demo year of cases (demo/DemoData) names on its
-- timelines, so they read as names, not login ids. A second inspector for what needs two (a typical case's
-- publication, a waiver), and one verifying officer per body that routing sends cases to: every discipline body and
-- every unit recorded as another's verifying body. Made-up names; handler_unit gives each its unit's desk.
insert into staff_account (user_name, display_name, roles, unit_id)
select 'jiwei2', '示例检查员乙', 'inspector', id from unit where code = 'CITY-JW'
on conflict (user_name) do nothing;

insert into staff_account (user_name, display_name, roles, unit_id)
select 'hc-' || lower(u.code), '示例核查员（' || u.name || '）', 'handler', u.id
from unit u
where u.kind = 'DISCIPLINE_BODY' or exists (select 1 from unit c where c.verifying_body_id = u.id)
on conflict (user_name) do nothing;

insert into handler_unit (user_name, unit_id, created_by)
select 'hc-' || lower(u.code), u.id, 'R__dev_demo_staff.sql'
from unit u
where u.kind = 'DISCIPLINE_BODY' or exists (select 1 from unit c where c.verifying_body_id = u.id)
on conflict (user_name, unit_id) do nothing;
