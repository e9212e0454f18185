-- Issue 12: each case belongs to one discipline body (管辖), whose inspectors see and act on it; the city's body sees
-- all. Set at intake from the accused unit's county or district (the city's for a city-level unit, and for a report
-- about a county's discipline body itself); the city's body may hand a case down, a county's may move it up.
alter table case_file add column body_id bigint references unit (id);

update case_file c set body_id = coalesce(
    (select case when u.kind = 'DISCIPLINE_BODY' and u.parent_id is not null then null
            else (select b.id from unit b where b.kind = 'DISCIPLINE_BODY' and b.active and b.parent_id = a.area_id
                  order by b.id limit 1) end
     from report r join unit u on u.id = r.unit_id join unit_area a on a.unit_id = u.id
     where r.id = c.report_id),
    (select b.id from unit b where b.kind = 'DISCIPLINE_BODY' and b.parent_id is null and b.active
     order by b.id limit 1));

create index case_file_body_idx on case_file (body_id);

-- case_fact gains the body that holds the case (appended: the view's other columns stay as they are)
create or replace view case_fact as
select c.id as case_id, c.report_id, r.receipt_no, r.unit_id, r.window_id, c.category, c.subcategory, r.channel,
       r.received_at, (r.received_at at time zone 'Asia/Shanghai')::date as received_on,
       c.state, c.conclusion, coalesce(c.conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED'), false) as found,
       c.assigned_unit_id, c.next_due,
       (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'ACCEPTED') as accepted_at,
       (select k.concluded_at from case_conclusion k where k.case_id = c.id) as concluded_at,
       c.body_id
from case_file c join report r on r.id = c.report_id;
