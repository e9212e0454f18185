-- Head accountability as the 问责条例 (2019) has it (issue 15).

-- A window at a service centre is staffed by departments: the unit that employs a window staff member (null: the unit
-- of the window employs them). Its head, on the day of the conduct, answers for what the staff member did.
alter table staff add column employing_unit_id bigint references unit (id);
create index staff_employing_unit_idx on staff (employing_unit_id) where employing_unit_id is not null;

-- The forms for leading cadres (通报, 诫勉, 组织调整或组织处理, 纪律处分); 检查 stays readable for decisions already made
-- (it is a form for Party organisations); 免予问责 (容错纠错) and 不予问责 (the head did their duty) are different outcomes.
alter table accountability_matter drop constraint accountability_matter_decision_check;
alter table accountability_matter add constraint accountability_matter_decision_check
    check (decision in ('SELF_CRITICISM', 'CIRCULATION', 'ADMONITION', 'ORGANISATIONAL', 'DISCIPLINARY', 'EXEMPTED',
                        'NOT_ACCOUNTABLE'));
-- decided collectively: the meeting, its date and who approved
alter table accountability_matter add column meeting varchar(200);
alter table accountability_matter add column meeting_on date;
alter table accountability_matter add column approvers varchar(500);
-- 容错纠错 is applied for by the person: the day they applied
alter table accountability_matter add column tolerance_applied_on date;
-- 免予问责 / 不予问责 of a rule-9 matter (petty corruption): an explicit justification, in effect only once a second
-- inspector approved it; until then the matter stays open
alter table accountability_matter add column justification varchar(2000);
alter table accountability_matter add column approval_required boolean not null default false;
alter table accountability_matter add column approved_by varchar(100);
alter table accountability_matter add column approved_on date;
alter table accountability_matter add constraint accountability_matter_approval
    check (approved_by is null or (approval_required and approved_by <> decided_by));
-- the head's appeal (申诉) against the decision, and its outcome; a changed decision keeps the one before
alter table accountability_matter add column appeal_lodged_on date;
alter table accountability_matter add column appeal_grounds varchar(2000);
alter table accountability_matter add column appeal_outcome varchar(20) check (appeal_outcome in ('UPHELD', 'CHANGED', 'REVOKED'));
alter table accountability_matter add column appeal_decided_on date;
alter table accountability_matter add column appeal_reasons varchar(2000);
alter table accountability_matter add column appeal_decided_by varchar(100);
alter table accountability_matter add column decision_before_appeal varchar(30);

-- accountability: whether anything was done about the people of a case, as the reporter may be told it (V40): a head
-- is held accountable by a decision in effect that is one of the forms (not 免予问责, not 不予问责, not awaiting its
-- approval, not revoked on appeal).
create or replace view case_accountability as
select x.case_id, bool_or(x.staff) as staff_dealt_with, bool_or(x.head) as head_held_accountable
from (select d.case_id, true as staff, false as head from disposition d
      union all
      select m.case_id, false, m.decision is not null and m.decision not in ('EXEMPTED', 'NOT_ACCOUNTABLE')
                               and (not m.approval_required or m.approved_by is not null)
                               and m.appeal_outcome is distinct from 'REVOKED'
      from accountability_matter m) x
group by x.case_id;
