-- Read models: the facts several features count, each defined once here and owned by one package (named above each
-- view; ArchitectureTest keeps the list of owners). Other packages read these views, never the tables beneath them,
-- and ReadModelTest checks that each view says what its Java twin says (Unit.area(), Conclusion.found(),
-- DeadlineStage.counted(), SatisfactionLevel.satisfied()/bad(), Beijing dates).

-- directory: the county, district or zone (the area) of every unit: the nearest of the unit itself and its ancestors
-- that is one; null for a city-level (市直) unit, however deep it lies.
create view unit_area as
with recursive up (unit_id, ancestor_id, depth) as (
    select id, id, 0 from unit
    union all
    select up.unit_id, u.parent_id, up.depth + 1 from up join unit u on u.id = up.ancestor_id
    where u.parent_id is not null and up.depth < 64
)
select u.id as unit_id, nearest.area_id
from unit u left join (
    select distinct on (up.unit_id) up.unit_id, up.ancestor_id as area_id
    from up join unit a on a.id = up.ancestor_id
    where a.kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE')
    order by up.unit_id, up.depth
) nearest on nearest.unit_id = u.id;

-- casework: the conclusion (办结) of each concluded case as the figures count it: its first approval, however often
-- a review approved it again. A period's conclusions are found from the approvals in it (the index on action, at).
create view case_conclusion as
select e.case_id, e.at as concluded_at, (e.at at time zone 'Asia/Shanghai')::date as concluded_on
from case_event e
where e.action = 'APPROVED'
  and not exists (select 1 from case_event p where p.case_id = e.case_id and p.action = 'APPROVED'
                  and (p.at < e.at or (p.at = e.at and p.id < e.id)));

-- casework: one row per case, with the facts of its report that the figures count (never the reporter, never the
-- text). received_on: the Beijing date of receipt; found: the conclusion found the report (partly) true;
-- accepted_at: its first acceptance (受理); concluded_at: its conclusion (case_conclusion).
create view case_fact as
select c.id as case_id, c.report_id, r.receipt_no, r.unit_id, r.window_id, c.category, c.subcategory, r.channel,
       r.received_at, (r.received_at at time zone 'Asia/Shanghai')::date as received_on,
       c.state, c.conclusion, coalesce(c.conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED'), false) as found,
       c.assigned_unit_id, c.next_due,
       (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'ACCEPTED') as accepted_at,
       (select k.concluded_at from case_conclusion k where k.case_id = c.id) as concluded_at
from case_file c join report r on r.id = c.report_id;

-- casework: every limit of every case. counted: a limit the figures, the board and the chasing count (the
-- reporter's own objection window is the reporter's right, not a limit anyone must meet); closed_on: the Beijing
-- date it was closed; met: closed on or before its due day; extension_granted_at: when an extension of it was granted.
create view case_limit as
select d.id as limit_id, d.case_id, d.stage, d.due_on, d.closed_at,
       (d.closed_at at time zone 'Asia/Shanghai')::date as closed_on,
       (d.closed_at at time zone 'Asia/Shanghai')::date <= d.due_on as met,
       d.stage <> 'OBJECTION' as counted,
       d.escalated_at, d.recorded_at,
       case when x.approved then x.decided_at end as extension_granted_at
from case_deadline d left join deadline_extension x on x.case_deadline_id = d.id;

-- casework: the steps of every case's timeline, without who took them or what they wrote.
create view case_step as
select e.case_id, e.action, e.at from case_event e;

-- intake: the reporter's rating of each case (好差评). satisfied: very satisfied, satisfied or basically satisfied;
-- dissatisfied: a bad rating (差评).
create view case_rating as
select s.case_id, s.rated_at,
       s.level in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED') as satisfied,
       s.level in ('DISSATISFIED', 'VERY_DISSATISFIED') as dissatisfied
from satisfaction s;

-- accountability: the matters opened against units' heads (not their decisions or reasons).
create view head_matter as
select m.id as matter_id, m.case_id, m.unit_id, m.trigger, m.opened_at from accountability_matter m;

-- accountability: whether anything was done about the people of a case, as the reporter may be told it (whether,
-- not who or how): a staff member's disposition; a decided matter of the unit's head that is not an exemption.
-- A case with neither has no row.
create view case_accountability as
select x.case_id, bool_or(x.staff) as staff_dealt_with, bool_or(x.head) as head_held_accountable
from (select d.case_id, true as staff, false as head from disposition d
      union all
      select m.case_id, false, m.decision is not null and m.decision <> 'EXEMPTED' from accountability_matter m) x
group by x.case_id;

-- casework: whether a limit counts as missed on a given day: closed after its due day, or still open after it
-- (call it with case_limit's closed_on and due_on).
create function limit_missed(closed_on date, due_on date, as_of date) returns boolean
    language sql immutable
    as $$ select coalesce(closed_on > due_on, due_on < as_of) $$;
