-- A fair ledger (issue 15): each limit is charged to whoever must meet it, the reporter's rating of the handling to
-- the body that handled the case, and the units' monthly service volumes give the rates per 10,000 services.

-- directory: the discipline body of every unit: the active one of its county, district or zone, else the city's, as
-- Unit.nearest(DISCIPLINE_BODY, area) says (ReadModelTest holds them together). Null only without any.
create view unit_discipline_body as
select ua.unit_id,
       coalesce((select b.id from unit b
                 where b.kind = 'DISCIPLINE_BODY' and b.active and b.parent_id = ua.area_id order by b.id limit 1),
                (select b.id from unit b
                 where b.kind = 'DISCIPLINE_BODY' and b.active and b.parent_id is null order by b.id limit 1))
           as body_id
from unit_area ua;

-- casework: every limit of every case, as before, and charged_unit_id: the body that must meet it, as
-- CaseFile.responsibleFor says: the handling unit for signing for (签收) and verifying (核查), the discipline body
-- holding the case (its jurisdiction, V92; else the accused unit's area's) for accepting (受理), telling (告知),
-- reviewing (审核), the result (反馈) and a review decision.
-- A miss is that body's, never the accused unit's.
create or replace view case_limit as
select d.id as limit_id, d.case_id, d.stage, d.due_on, d.closed_at,
       (d.closed_at at time zone 'Asia/Shanghai')::date as closed_on,
       (d.closed_at at time zone 'Asia/Shanghai')::date <= d.due_on as met,
       d.stage <> 'OBJECTION' as counted,
       d.escalated_at, d.recorded_at,
       case when x.approved then x.decided_at end as extension_granted_at,
       case when d.stage in ('INVESTIGATION', 'UNIT_ACCEPTANCE') and c.assigned_unit_id is not null
            then c.assigned_unit_id else coalesce(c.body_id, b.body_id) end as charged_unit_id
from case_deadline d left join deadline_extension x on x.case_deadline_id = d.id
join case_file c on c.id = d.case_id join report r on r.id = c.report_id
left join unit_discipline_body b on b.unit_id = r.unit_id;

-- casework: case_fact already names the body that runs the case (body_id, V92: the body holding its jurisdiction,
-- which accepts it, reviews the findings and gives the result): the reporter's rating of the handling is that body's,
-- not the accused unit's.

-- casework: who verified each case: the staff account that submitted the findings last (none before findings).
create view case_handler as
select distinct on (e.case_id) e.case_id, e.actor as user_name
from case_event e
where e.action = 'FINDINGS_SUBMITTED'
order by e.case_id, e.at desc, e.id desc;

-- ledger: the number of services (办件量) each unit handled in a month, entered by hand or imported, so the ledger can
-- show reports and substantiated cases per 10,000 services. month: its first day.
create table service_volume (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null references unit (id),
    month       date         not null check (extract(day from month) = 1),
    services    bigint       not null check (services >= 0),
    source      varchar(10)  not null check (source in ('ENTERED', 'IMPORTED')),
    entered_by  varchar(100) not null,
    entered_at  timestamptz  not null,
    created_at  timestamptz  not null default now(),
    unique (unit_id, month)
);
create index service_volume_month_idx on service_volume (month);
